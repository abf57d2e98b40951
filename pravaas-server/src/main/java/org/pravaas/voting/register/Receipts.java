package org.pravaas.voting.register;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receipt numbers as printed, {@code OCV-2026-0001234-56}: the election's code, the number, and
 * two check digits (ISO 7064 MOD 97-10, as in an IBAN) that catch any single mistyped digit and
 * any two swapped neighbours before a clerk looks up the wrong voter.
 */
public final class Receipts {
    private static final Pattern RECEIPT = Pattern.compile("(?:.*-)?0*(\\d{1,12})-(\\d{2})");

    private Receipts() {}

    public static String checkDigits(long number) {
        long check = 98 - Math.floorMod(number * 100, 97);
        return String.format(Locale.ROOT, "%02d", check);
    }

    public static String format(String electionCode, long number) {
        return String.format(Locale.ROOT, "%s-%07d-%s", electionCode, number, checkDigits(number));
    }

    /** What a clerk typed, read. */
    public sealed interface Reading {}

    public record Valid(long number) implements Reading {}

    /** The text is not a receipt number at all. */
    public record Malformed() implements Reading {}

    /** The check digits do not fit the number: a typo, or not a receipt of ours. */
    public record WrongCheck() implements Reading {}

    public static Reading read(String typed) {
        String text = typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher m = RECEIPT.matcher(text);
        if (!m.matches()) {
            return new Malformed();
        }
        long number = Long.parseLong(m.group(1));
        return checkDigits(number).equals(m.group(2)) ? new Valid(number) : new WrongCheck();
    }

    /** The number, when the text is a well-formed receipt with the right check digits. */
    public static Optional<Long> number(String typed) {
        return read(typed) instanceof Valid v ? Optional.of(v.number()) : Optional.empty();
    }
}
