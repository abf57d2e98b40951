package org.pravaas.registry.mrz;

import java.time.LocalDate;
import org.pravaas.registry.mrz.MrzLayout.Span;

/** Reads the fields of a zone in order and verifies each check digit; the first problem is thrown. */
final class MrzParser {
    private MrzParser() {}

    /** A document number, and how many characters of the optional data its overflow took. */
    private record DocumentNumber(String value, int overflow) {}

    static Mrz parse(String text, LocalDate today) {
        MrzZone zone = MrzZone.read(text);
        MrzLayout layout = zone.layout();
        String documentCode = documentCode(zone, layout.documentCode());
        String issuingState = country(zone, layout.issuingState());
        String name = name(zone, layout.name());
        DocumentNumber number = documentNumber(zone, layout);
        String nationality = country(zone, layout.nationality());
        MrzDate birthDate = MrzDates.birth(zone, layout.birthDate(), today);
        verify(zone, layout.birthDate(), false);
        MrzSex sex = sex(zone, layout.sex());
        LocalDate expiryDate = MrzDates.expiry(zone, layout.expiryDate(), today);
        verify(zone, layout.expiryDate(), expiryDate == null);
        String optionalData = optionalData(zone, layout, number.overflow());
        Span optionalData2 = layout.optionalData2();
        String secondOptionalData = optionalData2 == null ? "" : withoutTrailingFillers(zone.read(optionalData2));
        verifyComposite(zone, layout);
        return new Mrz(
                zone.format(),
                documentCode,
                issuingState,
                number.value(),
                nationality,
                birthDate,
                sex,
                expiryDate,
                MrzNames.surname(name),
                MrzNames.givenNames(name),
                optionalData,
                secondOptionalData);
    }

    /** A letter, then a letter or a filler. */
    private static String documentCode(MrzZone zone, Span span) {
        requireLetter(zone, span, span.column());
        requireLetterOrFiller(zone, span, span.column() + 1);
        return withoutTrailingFillers(zone.read(span));
    }

    /** Letters, then perhaps fillers: {@code UTO}, {@code D<<}. */
    private static String country(MrzZone zone, Span span) {
        requireLetter(zone, span, span.column());
        boolean filled = false;
        for (int c = span.column() + 1; c <= span.end(); c++) {
            if (filled && zone.at(span.line(), c) != '<') {
                throw MrzException.unexpectedCharacter(span.field(), span.line(), c, zone.at(span.line(), c));
            }
            requireLetterOrFiller(zone, span, c);
            filled = zone.at(span.line(), c) == '<';
        }
        return withoutTrailingFillers(zone.read(span));
    }

    private static String name(MrzZone zone, Span span) {
        for (int c = span.column(); c <= span.end(); c++) {
            requireLetterOrFiller(zone, span, c);
        }
        return zone.read(span);
    }

    private static MrzSex sex(MrzZone zone, Span span) {
        char c = zone.at(span.line(), span.column());
        return switch (c) {
            case 'M' -> MrzSex.MALE;
            case 'F' -> MrzSex.FEMALE;
            case 'X', '<' -> MrzSex.UNSPECIFIED;
            default -> throw MrzException.unexpectedCharacter(span.field(), span.line(), span.column(), c);
        };
    }

    /**
     * The document number with its check digit. A filler in place of the check digit of a TD1 or
     * TD2 number means the number goes on in the optional data, up to its check digit and a filler
     * (Doc 9303 parts 5 and 6).
     */
    private static DocumentNumber documentNumber(MrzZone zone, MrzLayout layout) {
        Span span = layout.documentNumber();
        Span digit = span.checkDigit();
        Span overflow = layout.overflow();
        if (overflow != null
                && zone.at(digit.line(), digit.column()) == '<'
                && zone.at(overflow.line(), overflow.column()) != '<') {
            return overflowing(zone, span, overflow);
        }
        verify(zone, span, false);
        return new DocumentNumber(withoutTrailingFillers(zone.read(span)), 0);
    }

    private static DocumentNumber overflowing(MrzZone zone, Span span, Span overflow) {
        int length = 0;
        while (length < overflow.length() && zone.at(overflow.line(), overflow.column() + length) != '<') {
            length++;
        }
        String number =
                zone.read(span) + zone.read(new Span(span.field(), overflow.line(), overflow.column(), length - 1));
        int digitColumn = overflow.column() + length - 1;
        char found = zone.at(overflow.line(), digitColumn);
        int expected = MrzCheckDigit.of(number);
        if (found != '0' + expected) {
            throw MrzException.checkDigit(span.field(), overflow.line(), digitColumn, expected, found);
        }
        return new DocumentNumber(number, Math.min(length + 1, overflow.length()));
    }

    private static String optionalData(MrzZone zone, MrzLayout layout, int takenByTheNumber) {
        Span span = layout.optionalData();
        String data = zone.read(span);
        if (layout.optionalDataChecked()) {
            verify(zone, span, data.chars().allMatch(c -> c == '<'));
        }
        return withoutTrailingFillers(data.substring(takenByTheNumber));
    }

    /** Verifies the check digit after {@code span}; a filler is accepted for an empty field if allowed. */
    private static void verify(MrzZone zone, Span span, boolean fillerAllowed) {
        Span digit = span.checkDigit();
        char found = zone.at(digit.line(), digit.column());
        if (found == '<' && fillerAllowed) {
            return;
        }
        int start = zone.index(span.line(), span.column());
        int expected = MrzCheckDigit.over(zone.text(), new int[] {start, span.length()});
        if (found != '0' + expected) {
            throw MrzException.checkDigit(span.field(), digit.line(), digit.column(), expected, found);
        }
    }

    private static void verifyComposite(MrzZone zone, MrzLayout layout) {
        Span digit = layout.compositeDigit();
        if (digit == null) {
            return;
        }
        char found = zone.at(digit.line(), digit.column());
        int expected = MrzCheckDigit.over(zone.text(), layout.compositeRanges());
        if (found != '0' + expected) {
            throw MrzException.checkDigit(MrzField.COMPOSITE, digit.line(), digit.column(), expected, found);
        }
    }

    private static void requireLetter(MrzZone zone, Span span, int column) {
        char c = zone.at(span.line(), column);
        if (c < 'A' || c > 'Z') {
            throw MrzException.unexpectedCharacter(span.field(), span.line(), column, c);
        }
    }

    private static void requireLetterOrFiller(MrzZone zone, Span span, int column) {
        if (zone.at(span.line(), column) != '<') {
            requireLetter(zone, span, column);
        }
    }

    static String withoutTrailingFillers(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '<') {
            end--;
        }
        return text.substring(0, end);
    }
}
