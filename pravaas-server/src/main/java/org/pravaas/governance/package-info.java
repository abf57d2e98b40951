/**
 * The governance of the organisation: member and observer states over time, its organs and
 * their composition, sessions, resolutions and votes, the budget and the contributions that
 * fund it. Every fact is dated, so each question can be asked "as of" any day since 1951.
 * {@link org.pravaas.governance.MemberStates} answers who was a member, and who could vote, on a
 * date; {@link org.pravaas.governance.GovernanceHistory} loads the demonstration history.
 */
@NullMarked
package org.pravaas.governance;

import org.jspecify.annotations.NullMarked;
