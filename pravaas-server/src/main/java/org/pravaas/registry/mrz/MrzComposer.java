package org.pravaas.registry.mrz;

import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pravaas.registry.mrz.MrzLayout.Span;

/**
 * Writes a zone from a record: every field validated, names transliterated and truncated, every
 * check digit computed, so that what it writes always reads back.
 */
final class MrzComposer {
    private static final Pattern DOCUMENT_CODE = Pattern.compile("[A-Z][A-Z<]?");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]+");
    private static final Pattern STATE = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern OPTIONAL_DATA = Pattern.compile("[A-Z0-9<]*");
    private final MrzLayout layout;
    private final char[] zone;

    private MrzComposer(MrzFormat format) {
        this.layout = MrzLayout.of(format);
        this.zone = new char[format.lines() * format.lineLength()];
        Arrays.fill(zone, '<');
    }

    static String compose(Mrz mrz) {
        MrzComposer composer = new MrzComposer(mrz.format());
        composer.write(mrz);
        return composer.toString();
    }

    private void write(Mrz mrz) {
        put(layout.documentCode(), documentCode(mrz));
        put(layout.issuingState(), letters(mrz.issuingState()));
        put(
                layout.name(),
                MrzNames.field(mrz.surname(), mrz.givenNames(), layout.name().length()));
        int taken = documentNumber(upper(mrz.documentNumber()), mrz.optionalData1());
        put(layout.nationality(), letters(mrz.nationality()));
        writeDates(mrz);
        put(layout.sex(), String.valueOf(mrz.sex().code()));
        writeOptionalData(mrz, taken > 0);
        Span composite = layout.compositeDigit();
        if (composite != null) {
            zone[index(composite)] = (char) ('0' + MrzCheckDigit.over(CharBuffer.wrap(zone), layout.compositeRanges()));
        }
    }

    private void writeDates(Mrz mrz) {
        MrzDates.write(zone, index(layout.birthDate()), mrz.birthDate());
        checkDigit(layout.birthDate(), false);
        LocalDate expiry = mrz.expiryDate();
        MrzDates.write(zone, index(layout.expiryDate()), expiry == null ? null : MrzDate.of(expiry));
        checkDigit(layout.expiryDate(), true);
    }

    private void writeOptionalData(Mrz mrz, boolean writtenWithTheNumber) {
        if (!writtenWithTheNumber) {
            put(
                    layout.optionalData(),
                    optional(mrz.optionalData1(), layout.optionalData().length()));
        }
        if (layout.optionalDataChecked()) {
            checkDigit(layout.optionalData(), true);
        }
        Span optionalData2 = layout.optionalData2();
        if (optionalData2 != null) {
            put(optionalData2, optional(mrz.optionalData2(), optionalData2.length()));
        } else if (!mrz.optionalData2().isEmpty()) {
            throw new IllegalArgumentException("Only a TD1 zone has a second optional data field");
        }
    }

    private String documentCode(Mrz mrz) {
        String code = upper(mrz.documentCode());
        if (!DOCUMENT_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A document code is a letter and perhaps a second: “" + code + "”");
        }
        if ((code.charAt(0) == 'V') != mrz.format().isVisa()) {
            throw new IllegalArgumentException(
                    "A visa's document code starts with V, and only a visa's: " + code + " in " + mrz.format());
        }
        return code;
    }

    /**
     * Writes the number and its check digit; a TD1 or TD2 number longer than 9 goes on in the optional
     * data, with its check digit and a filler, and the optional data follows. Returns how much of the
     * optional data field the number took, with the optional data itself, or 0 if none.
     */
    private int documentNumber(String number, String optionalData) {
        Span span = layout.documentNumber();
        Span overflow = layout.overflow();
        if (!DOCUMENT_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("A document number has letters A–Z and digits only: “" + number + "”");
        }
        if (number.length() <= span.length()) {
            put(span, number);
            checkDigit(span, false);
            return 0;
        }
        String rest = number.substring(span.length()) + MrzCheckDigit.digit(number);
        if (overflow == null || rest.length() > overflow.length()) {
            throw new IllegalArgumentException("Document number too long for " + layout.format() + ": " + number);
        }
        put(span, number.substring(0, span.length()));
        String data = optional(optionalData, overflow.length());
        String field = data.isEmpty() ? rest : rest + "<" + data;
        if (field.length() > overflow.length()) {
            throw new IllegalArgumentException(
                    "No room for the optional data after the long document number " + number);
        }
        put(overflow, field);
        return field.length();
    }

    private static String letters(String value) {
        String code = MrzParser.withoutTrailingFillers(upper(value));
        if (!STATE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a state code of up to 3 letters: “" + value + "”");
        }
        return code;
    }

    private static String optional(String value, int width) {
        String data = upper(value);
        if (data.length() > width || !OPTIONAL_DATA.matcher(data).matches()) {
            throw new IllegalArgumentException(
                    "Optional data holds up to " + width + " of A–Z, 0–9 and <: “" + value + "”");
        }
        return data;
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    private void put(Span span, String value) {
        value.getChars(0, value.length(), zone, index(span));
    }

    /**
     * The check digit after {@code span}; a filler instead when the field holds only fillers and
     * {@code fillerWhenEmpty} (an unused personal number, an unknown expiry).
     */
    private void checkDigit(Span span, boolean fillerWhenEmpty) {
        int start = index(span);
        boolean empty = true;
        for (int i = start; i < start + span.length(); i++) {
            empty &= zone[i] == '<';
        }
        zone[start + span.length()] = fillerWhenEmpty && empty
                ? '<'
                : (char) ('0' + MrzCheckDigit.over(CharBuffer.wrap(zone), new int[] {start, span.length()}));
    }

    private int index(Span span) {
        return span.index(layout.format().lineLength());
    }

    @Override
    public String toString() {
        int length = layout.format().lineLength();
        StringBuilder text = new StringBuilder(zone.length + 2);
        for (int line = 0; line < layout.format().lines(); line++) {
            text.append(line == 0 ? "" : "\n").append(zone, line * length, length);
        }
        return text.toString();
    }
}
