package org.pravaas.health.assessment;

/** The coded findings of an assessment; each value has a message key {@code health.<kind>.<VALUE>}. */
public final class Findings {
    private Findings() {}

    public enum Xray {
        NORMAL,
        ABNORMAL_TB,
        ABNORMAL_OTHER
    }

    public enum Smear {
        NEGATIVE,
        POSITIVE
    }

    public enum Culture {
        NEGATIVE,
        POSITIVE,
        CONTAMINATED
    }

    /** Drug susceptibility of a positive culture. */
    public enum Dst {
        SUSCEPTIBLE,
        RIFAMPICIN_RESISTANT,
        MDR,
        XDR
    }

    public enum TbClass {
        NO_TB,
        LATENT,
        ACTIVE_PULMONARY,
        ACTIVE_EXTRAPULMONARY,
        TREATED;

        /** Active disease: the traveller is not fit until treated. */
        public boolean active() {
            return this == ACTIVE_PULMONARY || this == ACTIVE_EXTRAPULMONARY;
        }
    }

    public enum Pregnancy {
        NOT_APPLICABLE,
        NOT_PREGNANT,
        PREGNANT
    }

    public enum MentalHealth {
        NO_CONCERN,
        CONCERN,
        REFERRED
    }
}
