package org.pravaas.shared.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pravaas.shared.io.CsvReadingTest.rows;
import static org.pravaas.shared.io.Refusals.refused;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {
    @TempDir
    Path dir;

    @Test
    void readsCellsAsTheUserSeesThem() throws IOException {
        Path file = Workbooks.write(dir.resolve("people.xlsx"), sheet -> {
            header(sheet, "code", "count", "share", "big", "born", "arrived", "minor", "time");
            sheet.value(1, 0, "007");
            sheet.value(1, 1, 42);
            sheet.value(1, 2, 0.1 + 0.2);
            sheet.value(1, 3, 1e20);
            sheet.value(1, 4, LocalDate.of(2024, 3, 5));
            sheet.style(1, 4).format("dd/mm/yyyy").set();
            sheet.value(1, 5, LocalDateTime.of(2024, 3, 5, 14, 30));
            sheet.style(1, 5).format("yyyy-mm-dd hh:mm").set();
            sheet.value(1, 6, true);
            sheet.value(1, 7, 0.75);
            sheet.style(1, 7).format("hh:mm").set();
        });

        try (TabularReader reader = TabularFiles.open(file, "people.xlsx")) {
            assertThat(reader.header())
                    .containsExactly("code", "count", "share", "big", "born", "arrived", "minor", "time");
            assertThat(rows(reader))
                    .containsExactly(new TabularRow(
                            2,
                            List.of(
                                    "007",
                                    "42",
                                    "0.3",
                                    "100000000000000000000",
                                    "2024-03-05",
                                    "2024-03-05T14:30",
                                    "true",
                                    "18:00")));
        }
    }

    @Test
    void readsADateWithoutADateFormatAsTheNumberExcelShows() throws IOException {
        Path file = Workbooks.write(dir.resolve("serial.xlsx"), sheet -> {
            header(sheet, "n");
            sheet.value(1, 0, 1234567.5);
        });

        assertThat(rows(TabularFiles.open(file, "serial.xlsx")))
                .containsExactly(new TabularRow(2, List.of("1234567.5")));
    }

    @Test
    void skipsBlankRowsButKeepsTheirNumbersAndIgnoresTrailingEmptyOnes() throws IOException {
        Path file = Workbooks.write(dir.resolve("gaps.xlsx"), sheet -> {
            header(sheet, "name", "age");
            sheet.value(1, 0, "Ana");
            sheet.value(4, 1, 7);
            sheet.value(6, 0, "");
            sheet.style(8, 1).bold().set();
        });

        assertThat(rows(TabularFiles.open(file, "gaps.xlsx")))
                .containsExactly(new TabularRow(2, List.of("Ana", "")), new TabularRow(5, List.of("", "7")));
    }

    @Test
    void refusesAFormulaBeforeTheFirstRowNamingItsCell() throws IOException {
        Path file = Workbooks.write(dir.resolve("formula.xlsx"), sheet -> {
            header(sheet, "a", "b", "c");
            sheet.value(1, 1, 2);
            sheet.formula(6, 2, "B2*2");
        });

        TabularFileException refusal = refused(() -> TabularFiles.open(file, "formula.xlsx"), "file.formula");

        assertThat(refusal.args()).containsExactly("C7");
        assertThat(refusal.row()).isEqualTo(7);
    }

    @Test
    void refusesMergedCellsNamingTheRange() throws IOException {
        Path file = Workbooks.write(dir.resolve("merged.xlsx"), sheet -> {
            header(sheet, "a", "b");
            sheet.value(2, 0, "both");
            sheet.range(2, 0, 2, 1).merge();
        });

        TabularFileException refusal = refused(() -> TabularFiles.open(file, "merged.xlsx"), "file.merged");

        assertThat(refusal.args()).containsExactly("A3:B3");
        assertThat(refusal.row()).isEqualTo(3);
    }

    @Test
    void readsTheNamedSheetAndIgnoresFormulasInOtherSheets() throws IOException {
        Map<String, Consumer<Worksheet>> sheets = new LinkedHashMap<>();
        sheets.put("Totals", sheet -> sheet.formula(0, 0, "SUM(1,2)"));
        sheets.put("People", sheet -> {
            header(sheet, "name");
            sheet.value(1, 0, "Ana");
        });
        Path file = Workbooks.write(dir.resolve("two.xlsx"), sheets);

        assertThat(rows(TabularFiles.open(file, "two.xlsx", "people")))
                .containsExactly(new TabularRow(2, List.of("Ana")));
        refused(() -> TabularFiles.open(file, "two.xlsx"), "file.formula");
        assertThat(refused(() -> TabularFiles.open(file, "two.xlsx", "Staff"), "file.sheet-missing")
                        .args())
                .containsExactly("Staff");
    }

    @Test
    void recognisesAWorkbookByItsContentWhateverItsName() throws IOException {
        Path file = Workbooks.write(dir.resolve("renamed.csv"), sheet -> {
            header(sheet, "name");
            sheet.value(1, 0, "Ana");
        });

        assertThat(rows(TabularFiles.open(file, "people.csv"))).containsExactly(new TabularRow(2, List.of("Ana")));
    }

    @Test
    void refusesAValueOutsideTheHeaderNamingTheRow() throws IOException {
        Path file = Workbooks.write(dir.resolve("wide.xlsx"), sheet -> {
            header(sheet, "a", "b");
            sheet.value(3, 4, "stray");
        });

        try (TabularReader reader = TabularFiles.open(file, "wide.xlsx")) {
            TabularFileException refusal = refused(reader::next, "file.too-many-cells");
            assertThat(refusal.args()).containsExactly(4, 5, 2);
        }
    }

    @Test
    void streamsTwoHundredThousandRows() throws IOException {
        Path file = Workbooks.write(dir.resolve("big.xlsx"), sheet -> {
            header(sheet, "id", "name", "born");
            for (int i = 1; i <= 200_000; i++) {
                sheet.value(i, 0, i);
                sheet.inlineString(i, 1, "Person " + i);
                sheet.value(i, 2, LocalDate.of(1990, 1, 1).plusDays(i % 1000));
                sheet.style(i, 2).format("yyyy-mm-dd").set();
                flushEvery1000(sheet, i);
            }
        });

        int count = 0;
        TabularRow last = null;
        try (TabularReader reader = TabularFiles.open(file, "big.xlsx")) {
            for (TabularRow row : reader) {
                count++;
                last = row;
            }
        }

        assertThat(count).isEqualTo(200_000);
        assertThat(last).isEqualTo(new TabularRow(200_001, List.of("200000", "Person 200000", "1990-01-01")));
    }

    static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
        }
    }

    private static void flushEvery1000(Worksheet sheet, int row) {
        if (row % 1000 == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
