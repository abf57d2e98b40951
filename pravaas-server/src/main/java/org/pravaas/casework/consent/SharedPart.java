package org.pravaas.casework.consent;

/** The parts of a case that consent can cover and a referral can share. */
public enum SharedPart {
    /** Name, registry reference, birth date and sex. */
    IDENTITY,
    /** Case reference, programme, stage, when it was opened. */
    CASE_SUMMARY,
    /** The case's form values (for a protection case, its protection details). */
    CASE_DETAILS
}
