package org.pravaas.health;

/** A physician's fit-to-travel decision. */
public enum Fitness {
    /** May travel without conditions until the decision expires. */
    FIT,
    /** May travel with a medical escort or equipment (oxygen, wheelchair…) until the decision expires. */
    FIT_WITH_ESCORT,
    /** May not travel; a later decision replaces this one. */
    NOT_FIT
}
