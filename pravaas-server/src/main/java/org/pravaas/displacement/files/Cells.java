package org.pravaas.displacement.files;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.RowProblem;

/** Reads typed values from a row's cells, adding a {@link RowProblem} for each one that is not. */
public final class Cells {
    private final CsvTable.Row row;
    private final List<RowProblem> problems;

    public Cells(CsvTable.Row row, List<RowProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public int row() {
        return row.number();
    }

    public String text(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(new RowProblem(row.number(), column, "displacement.import.required"));
        }
        return value;
    }

    public String optional(String column) {
        return row.get(column);
    }

    /** A whole number of zero or more; missing or bad gives 0 and a problem. */
    public int count(String column) {
        OptionalInt value = parse(row.get(column));
        if (value.isEmpty() || value.getAsInt() < 0) {
            problems.add(new RowProblem(row.number(), column, "displacement.import.not-a-count", row.get(column)));
            return 0;
        }
        return value.getAsInt();
    }

    public @Nullable LocalDate date(String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty() && !required) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row.number(), column, "displacement.import.not-a-date", value));
            return null;
        }
    }

    public void problem(String column, String messageKey, Object... args) {
        problems.add(new RowProblem(row.number(), column, messageKey, args));
    }

    private static OptionalInt parse(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
            value = value * 10 + (c - '0');
        }
        return OptionalInt.of(value);
    }
}
