package org.pravaas.displacement.assessment;

/** A baseline counts an admin area as a whole; a site assessment counts one site. */
public enum AssessmentKind {
    BASELINE,
    SITE
}
