package org.pravaas.registry.mrz;

/** The sizes of machine-readable zone that Doc 9303 defines, each with its lines and their length. */
public enum MrzFormat {
    /** Identity cards and other official documents of card size (part 5): 3 lines of 30. */
    TD1(3, 30),
    /** Official documents of the TD2 size (part 6): 2 lines of 36. */
    TD2(2, 36),
    /** Passports (part 4): 2 lines of 44. */
    TD3(2, 44),
    /** Visas of format A (part 7), document code starting with V: 2 lines of 44, no composite check. */
    MRV_A(2, 44),
    /** Visas of format B (part 7), document code starting with V: 2 lines of 36, no composite check. */
    MRV_B(2, 36);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    /** How many lines the zone has. */
    public int lines() {
        return lines;
    }

    /** How many characters each line has. */
    public int lineLength() {
        return lineLength;
    }

    /** Whether this is a visa format, whose document code starts with V. */
    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}
