/**
 * The programmes' own parts of casework, each in a sub-package: resettlement quotas and
 * submissions, AVRR reintegration (plans, assistance, monitoring visits), protection and
 * counter-trafficking (HTCDS identification, risk, service referrals) and emergency response
 * (sites, stock, distributions). Each shows on the case page as a
 * {@link org.pravaas.casework.CasePanel}, checks its stages with a
 * {@link org.pravaas.casework.TransitionGuard}, and reaches a case only through
 * {@link org.pravaas.casework.Cases#read} and {@link org.pravaas.casework.Cases#write}, so the
 * engine's office scope, roles and restricted-programme rules hold for every programme screen.
 * Exposed as a named interface only for the command line's benchmark workload.
 */
@NullMarked
@NamedInterface("programmes")
package org.pravaas.casework.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
