package org.pravaas.registry.mrz;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a machine-readable zone (ICAO Doc 9303). Text fields hold zone letters without the
 * trailing fillers ({@code D<<} reads {@code D}); names read fillers as spaces.
 *
 * @param format the size of the zone
 * @param documentCode one or two letters, e.g. {@code P}, {@code ID}, {@code I}, {@code V}
 *     ({@code P<} reads {@code P})
 * @param issuingState the ICAO code of the issuing state or organisation, e.g. {@code UTO}, {@code
 *     D}, {@code GBD}, {@code UNO}, {@code XXA}: 1 to 3 letters, not checked against any list here
 * @param documentNumber the full number, including a TD1 or TD2 number's overflow into the optional
 *     data
 * @param nationality the ICAO code of the holder's nationality, as for the issuing state
 * @param birthDate the date of birth, perhaps without its day or month; null when wholly unknown
 * @param sex the holder's sex
 * @param expiryDate the date of expiry; null when the zone leaves it blank
 * @param surname the primary identifier, name parts separated by one space; may be truncated
 * @param givenNames the secondary identifier, parts separated by one space, empty if none; may be
 *     truncated
 * @param optionalData1 the personal number of a passport (TD3); the optional data of TD2 and visas;
 *     the optional data of line 1 of TD1 (after a long document number's overflow); fillers inside
 *     it are kept
 * @param optionalData2 the optional data of line 2 of a TD1 zone, empty for every other format
 */
public record Mrz(
        MrzFormat format,
        String documentCode,
        String issuingState,
        String documentNumber,
        String nationality,
        @Nullable MrzDate birthDate,
        MrzSex sex,
        @Nullable LocalDate expiryDate,
        String surname,
        String givenNames,
        String optionalData1,
        String optionalData2) {

    public Mrz {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(optionalData1, "optionalData1");
        Objects.requireNonNull(optionalData2, "optionalData2");
    }

    /**
     * Reads a zone as pasted or typed, verifying every check digit. Lines may be separated by LF,
     * CRLF or CR, surrounded by blanks and blank lines, in lower case, or run together on one line;
     * a blank inside a line is a problem. The format follows from the number and length of the lines
     * and, for visas, the leading V.
     *
     * <p>Two-digit years are placed by {@code today}: a birth year in the latest century that does
     * not put the birth after {@code today}; an expiry year in the century that puts it less than 50
     * years after {@code today} and no more than 50 before.
     *
     * @param text the zone, 2 or 3 lines
     * @param today the reference day for centuries, usually {@code LocalDate.now(clock)}
     * @throws MrzException for the first problem found, naming the field and its place
     */
    public static Mrz parse(String text, LocalDate today) {
        return MrzParser.parse(text, today);
    }

    /**
     * Writes the zone of {@code mrz}: its lines joined by {@code \n}, without a final line break. Letters
     * may be in either case. Names are transliterated as Doc 9303 part 3 recommends for Latin letters
     * ({@code Ä}→{@code AE}, {@code Ø}→{@code OE}, {@code ß}→{@code SS}, {@code É}→{@code E} …;
     * hyphens and spaces separate parts, apostrophes and full stops are dropped) and truncated to
     * the field, given names first, keeping the first letter of the given names. The personal number
     * check digit of an empty TD3 personal number, and that of an absent expiry, are written as a
     * filler. What it writes reads back with {@link #parse} to the same fields, but for truncated names
     * and fillers at the end of fields, as long as the dates lie within the centuries {@code parse}
     * chooses.
     *
     * @throws IllegalArgumentException if a name is not in Latin script or has digits or symbols, the
     *     surname is empty, a code or number holds other characters than its field allows or does not
     *     fit, the document code's V does not match a visa format, or {@code optionalData2} is set
     *     for another format than TD1
     */
    public static String compose(Mrz mrz) {
        return MrzComposer.compose(mrz);
    }
}
