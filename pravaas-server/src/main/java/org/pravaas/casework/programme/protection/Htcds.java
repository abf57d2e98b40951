package org.pravaas.casework.programme.protection;

/** The coded lists of the Human Trafficking Case Data Standard used at identification. */
public final class Htcds {
    private Htcds() {}

    public enum Exploitation {
        SEXUAL,
        FORCED_LABOUR,
        DOMESTIC_SERVITUDE,
        FORCED_MARRIAGE,
        FORCED_CRIMINALITY,
        BEGGING,
        ORGAN_REMOVAL,
        OTHER
    }

    public enum Control {
        PHYSICAL_ABUSE,
        SEXUAL_ABUSE,
        PSYCHOLOGICAL_ABUSE,
        THREATS,
        DEBT_BONDAGE,
        WITHHELD_DOCUMENTS,
        WITHHELD_WAGES,
        ISOLATION,
        RESTRICTED_MOVEMENT,
        SUBSTANCES
    }

    public enum Recruitment {
        JOB_OFFER,
        MARRIAGE,
        ABDUCTION,
        EDUCATION_OFFER,
        TRAVEL_OFFER,
        SOLD_BY_FAMILY,
        OTHER
    }

    public enum Relationship {
        STRANGER,
        ACQUAINTANCE,
        FRIEND,
        FAMILY,
        INTIMATE_PARTNER,
        EMPLOYER,
        AGENCY,
        OTHER
    }
}
