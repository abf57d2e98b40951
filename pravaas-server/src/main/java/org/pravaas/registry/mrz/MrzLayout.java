package org.pravaas.registry.mrz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where each field of a format sits, as Doc 9303 parts 4 to 7 draw it. Fields with a check digit
 * have it in the column right after them. {@code overflow} is the optional data field that takes the
 * rest of a document number longer than 9 characters (TD1 and TD2), {@code composite} the ranges the
 * composite check digit covers, in order, and {@code compositeDigit} where that digit is.
 */
record MrzLayout(
        MrzFormat format,
        Span documentCode,
        Span issuingState,
        Span name,
        Span documentNumber,
        Span nationality,
        Span birthDate,
        Span sex,
        Span expiryDate,
        Span optionalData,
        @Nullable Span optionalData2,
        @Nullable Span overflow,
        List<Span> composite,
        @Nullable Span compositeDigit) {

    /** A run of columns on one line, 1-based, naming the field it holds. */
    record Span(MrzField field, int line, int column, int length) {
        int index(int lineLength) {
            return (line - 1) * lineLength + column - 1;
        }

        int end() {
            return column + length - 1;
        }

        /** The span of this field's check digit. */
        Span checkDigit() {
            return new Span(field, line, column + length, 1);
        }

        boolean covers(int l, int c) {
            return l == line && c >= column && c <= end();
        }
    }

    static MrzLayout of(MrzFormat format) {
        return switch (format) {
            case TD1 -> TD1;
            case TD2 -> TD2;
            case TD3 -> TD3;
            case MRV_A -> MRV_A;
            case MRV_B -> MRV_B;
        };
    }

    /** The field a character at this line and column belongs to; a check digit belongs to its field. */
    MrzField fieldAt(int line, int column) {
        for (Span s : List.of(
                documentCode,
                issuingState,
                name,
                documentNumber.checkDigit(),
                documentNumber,
                nationality,
                birthDate.checkDigit(),
                birthDate,
                sex,
                expiryDate.checkDigit(),
                expiryDate,
                optionalData)) {
            if (s.covers(line, column)) {
                return s.field();
            }
        }
        if (optionalDataChecked() && optionalData.checkDigit().covers(line, column)) {
            return optionalData.field();
        }
        return optionalData2 != null && optionalData2.covers(line, column)
                ? MrzField.OPTIONAL_DATA_2
                : MrzField.COMPOSITE;
    }

    /** Whether the optional data has its own check digit (the personal number of a passport). */
    boolean optionalDataChecked() {
        return optionalData.field() == MrzField.PERSONAL_NUMBER;
    }

    /** The check-digit ranges of the composite as pairs of index and length in the joined lines. */
    int[] compositeRanges() {
        int[] ranges = new int[composite.size() * 2];
        for (int i = 0; i < composite.size(); i++) {
            ranges[2 * i] = composite.get(i).index(format.lineLength());
            ranges[2 * i + 1] = composite.get(i).length();
        }
        return ranges;
    }

    private static Span at(MrzField field, int line, int column, int length) {
        return new Span(field, line, column, length);
    }

    private static MrzLayout twoLines(MrzFormat format, Span optionalData, boolean overflow, boolean composite) {
        int length = format.lineLength();
        return new MrzLayout(
                format,
                at(MrzField.DOCUMENT_CODE, 1, 1, 2),
                at(MrzField.ISSUING_STATE, 1, 3, 3),
                at(MrzField.NAME, 1, 6, length - 5),
                at(MrzField.DOCUMENT_NUMBER, 2, 1, 9),
                at(MrzField.NATIONALITY, 2, 11, 3),
                at(MrzField.BIRTH_DATE, 2, 14, 6),
                at(MrzField.SEX, 2, 21, 1),
                at(MrzField.EXPIRY_DATE, 2, 22, 6),
                optionalData,
                null,
                overflow ? optionalData : null,
                composite
                        ? List.of(
                                at(MrzField.COMPOSITE, 2, 1, 10),
                                at(MrzField.COMPOSITE, 2, 14, 7),
                                at(MrzField.COMPOSITE, 2, 22, length - 22))
                        : List.of(),
                composite ? at(MrzField.COMPOSITE, 2, length, 1) : null);
    }

    private static final MrzLayout TD1 = new MrzLayout(
            MrzFormat.TD1,
            at(MrzField.DOCUMENT_CODE, 1, 1, 2),
            at(MrzField.ISSUING_STATE, 1, 3, 3),
            at(MrzField.NAME, 3, 1, 30),
            at(MrzField.DOCUMENT_NUMBER, 1, 6, 9),
            at(MrzField.NATIONALITY, 2, 16, 3),
            at(MrzField.BIRTH_DATE, 2, 1, 6),
            at(MrzField.SEX, 2, 8, 1),
            at(MrzField.EXPIRY_DATE, 2, 9, 6),
            at(MrzField.OPTIONAL_DATA, 1, 16, 15),
            at(MrzField.OPTIONAL_DATA_2, 2, 19, 11),
            at(MrzField.OPTIONAL_DATA, 1, 16, 15),
            List.of(
                    at(MrzField.COMPOSITE, 1, 6, 25),
                    at(MrzField.COMPOSITE, 2, 1, 7),
                    at(MrzField.COMPOSITE, 2, 9, 7),
                    at(MrzField.COMPOSITE, 2, 19, 11)),
            at(MrzField.COMPOSITE, 2, 30, 1));
    private static final MrzLayout TD2 = twoLines(MrzFormat.TD2, at(MrzField.OPTIONAL_DATA, 2, 29, 7), true, true);
    private static final MrzLayout TD3 = twoLines(MrzFormat.TD3, at(MrzField.PERSONAL_NUMBER, 2, 29, 14), false, true);
    private static final MrzLayout MRV_A =
            twoLines(MrzFormat.MRV_A, at(MrzField.OPTIONAL_DATA, 2, 29, 16), false, false);
    private static final MrzLayout MRV_B =
            twoLines(MrzFormat.MRV_B, at(MrzField.OPTIONAL_DATA, 2, 29, 8), false, false);
}
