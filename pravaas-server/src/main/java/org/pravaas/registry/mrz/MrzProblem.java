package org.pravaas.registry.mrz;

/**
 * What can be wrong with a zone, each with its message key. The arguments of each message are
 * listed here in order, as {@link MrzException#messageArgs()} returns them; an argument that is a
 * {@link MrzField} stands for the field's translated name.
 */
public enum MrzProblem {
    /** Not 2 or 3 lines. Arguments: the number of lines found. */
    WRONG_LINE_COUNT("wrong-line-count"),
    /** A line of the wrong length. Arguments: line, expected length, length found. */
    WRONG_LINE_LENGTH("wrong-line-length"),
    /** A space or other blank inside a line, where the zone writes {@code <}. Arguments: line, column. */
    INNER_SPACE("inner-space"),
    /**
     * A character that no zone may hold (only A–Z, 0–9 and {@code <} may appear). Arguments: line,
     * column, the character.
     */
    INVALID_CHARACTER("invalid-character"),
    /**
     * A zone character the field does not allow, such as a letter in a date or a digit in a name.
     * Arguments: field, line, column, the character.
     */
    UNEXPECTED_CHARACTER("unexpected-character"),
    /** A check digit that does not match. Arguments: field, the expected digit, the character found. */
    CHECK_DIGIT("check-digit"),
    /**
     * A date that cannot exist (month 13, 31 February, a day known but not its month). Arguments:
     * field, the six characters of the date.
     */
    IMPOSSIBLE_DATE("impossible-date");

    private final String messageKey;

    MrzProblem(String name) {
        this.messageKey = "registry.mrz." + name;
    }

    /** The key of this problem's message in the bundles, e.g. {@code registry.mrz.check-digit}. */
    public String messageKey() {
        return messageKey;
    }
}
