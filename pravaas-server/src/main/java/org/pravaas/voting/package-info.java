/**
 * Out-of-country voting: elections with their host countries, stations, staff and eligibility
 * rules; citizens abroad registered after eligibility checks, with numbered receipts and a
 * check for a second registration across spellings and scripts; polling where the database
 * refuses a second vote in the whole election; result forms entered twice, reconciled, and
 * quarantined for audit when they fail. {@link org.pravaas.voting.VotingOperations} is the API
 * the command line and the benchmark use; {@link org.pravaas.voting.VoteRecorded} and {@link
 * org.pravaas.voting.VoterRegistered} tell other modules what happened.
 */
@NullMarked
package org.pravaas.voting;

import org.jspecify.annotations.NullMarked;
