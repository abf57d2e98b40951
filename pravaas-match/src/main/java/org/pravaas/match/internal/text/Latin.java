package org.pravaas.match.internal.text;

/** Latin tokens reduced to lowercase ASCII letters, the common ground of all keys. */
public final class Latin {
    private Latin() {}

    /** "Bartók" → "bartok", "Łukasz" → "lukasz"; digits and punctuation dropped. */
    public static String ascii(String token) {
        return Normaliser.isAscii(token) ? IcuLatin.lettersOnly(token) : IcuLatin.of(token);
    }
}
