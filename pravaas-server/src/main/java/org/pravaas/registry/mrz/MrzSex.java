package org.pravaas.registry.mrz;

/** The sex field of a zone: {@code M}, {@code F}, or unspecified ({@code X} or the filler {@code <}). */
public enum MrzSex {
    MALE('M'),
    FEMALE('F'),
    /** Read from {@code X} or {@code <}; composed as {@code <}, which every reader accepts. */
    UNSPECIFIED('<');

    private final char code;

    MrzSex(char code) {
        this.code = code;
    }

    /** The character written in the zone. */
    public char code() {
        return code;
    }
}
