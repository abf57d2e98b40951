package org.pravaas.registry.mrz;

/**
 * The check digit of Doc 9303 part 3: characters weighted 7, 3, 1 in turn, digits by their value,
 * {@code A}–{@code Z} as 10–35, the filler {@code <} as 0; the digit is the sum modulo 10.
 */
public final class MrzCheckDigit {
    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {}

    /**
     * The check digit of {@code characters}, 0–9.
     *
     * @throws IllegalArgumentException if a character is not {@code 0}–{@code 9}, {@code A}–{@code Z}
     *     or {@code <} (lower case is not accepted here)
     */
    public static int of(CharSequence characters) {
        return over(characters, new int[] {0, characters.length()});
    }

    /**
     * The check digit over several ranges of {@code text} read as one string, as the composite check
     * digit is: the weights run on from one range into the next. {@code ranges} holds pairs of
     * start index and length.
     */
    static int over(CharSequence text, int[] ranges) {
        int sum = 0;
        int position = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            for (int i = ranges[r]; i < ranges[r] + ranges[r + 1]; i++) {
                sum += value(text.charAt(i)) * WEIGHTS[position++ % 3];
            }
        }
        return sum % 10;
    }

    static char digit(CharSequence characters) {
        return (char) ('0' + of(characters));
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("“" + c + "” has no check-digit value in a machine-readable zone");
    }
}
