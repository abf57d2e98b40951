/**
 * Casework: cases of a person or a household run through a programme (resettlement, assisted
 * voluntary return and reintegration, protection, emergency response) whose stages, transitions
 * and forms are versioned data. Other modules read a case through {@link
 * org.pravaas.casework.Cases}, add their own section and rules with {@link
 * org.pravaas.casework.CasePanel} and {@link org.pravaas.casework.TransitionGuard}, and follow the
 * events {@link org.pravaas.casework.CaseOpened}, {@link org.pravaas.casework.CaseStageChanged},
 * {@link org.pravaas.casework.CaseClosed}, {@link org.pravaas.casework.CaseReadyForMovement} and
 * {@link org.pravaas.casework.HealthAssessmentRequested}. Movement and health report back through
 * {@link org.pravaas.casework.CaseSignals}, so that casework never depends on them (they depend on
 * casework's events, and a dependency both ways would be a cycle between modules).
 */
@NullMarked
package org.pravaas.casework;

import org.jspecify.annotations.NullMarked;
