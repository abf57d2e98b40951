/**
 * Referrals of a case to another office or a partner organisation, sharing only what a consent in
 * force covers; the receiver accepts or declines; partners see only what was referred to them.
 */
@NullMarked
package org.pravaas.casework.referral;

import org.jspecify.annotations.NullMarked;
