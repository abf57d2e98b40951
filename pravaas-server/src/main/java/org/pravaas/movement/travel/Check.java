package org.pravaas.movement.travel;

/** The pre-departure checks, each a named rule whose refusal the screen and the API show by its key. */
public enum Check {
    TRAVEL_DOCUMENT,
    PERMITS,
    FIT_TO_TRAVEL,
    HEALTH_HOLD,
    CONSENT,
    SPECIAL_NEEDS,
    MEDICAL_ESCORT;

    public String key() {
        return "movement.check." + name();
    }
}
