package org.pravaas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravaas.shared.io.TabularFiles;
import org.pravaas.shared.io.TabularReader;
import org.pravaas.shared.io.TabularRow;
import org.springframework.mock.web.MockHttpServletResponse;

class XlsxTest {
    @TempDir
    Path dir;

    @Test
    void writesNumbersAsNumbersDatesAsDatesAndTextThatLooksLikeAFormulaAsText() throws IOException {
        Path file = write(
                false,
                List.of("n", "x", "d", "dt", "b", "t", "empty", "id"),
                Arrays.asList(
                        42,
                        new BigDecimal("3.50"),
                        LocalDate.of(2024, 3, 5),
                        LocalDateTime.of(2024, 3, 5, 14, 30),
                        true,
                        "=1+1",
                        null,
                        1234567890123456789L));

        List<Cell> cells = secondRow(file);
        assertThat(cells.get(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(cells.get(1).getValue()).isEqualTo(new BigDecimal("3.50"));
        assertThat(cells.get(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(cells.get(3).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(cells.get(4).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(cells.get(5).getType()).isEqualTo(CellType.STRING);
        assertThat(cells.get(5).getValue()).isEqualTo("=1+1");
        assertThat(cells.get(5).getFormula()).isNull();
        assertThat(cells.get(7).getType()).isEqualTo(CellType.STRING);
        assertThat(Files.readString(dir.resolve("sheet.xml"))).doesNotContain("<f>");
        try (TabularReader reader = TabularFiles.open(file, "export.xlsx")) {
            assertThat(reader.next())
                    .contains(new TabularRow(
                            2,
                            List.of(
                                    "42",
                                    "3.5",
                                    "2024-03-05",
                                    "2024-03-05T14:30",
                                    "true",
                                    "=1+1",
                                    "",
                                    "1234567890123456789")));
        }
    }

    @Test
    void makesTheHeaderBoldAndFrozen() throws IOException {
        Path file = write(false, List.of("name", "age"), List.of("Ana", 3));

        String sheet = Files.readString(dir.resolve("sheet.xml"));
        assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
        assertThat(boldFont(file, styleOf(sheet, "A1"))).isTrue();
        assertThat(boldFont(file, styleOf(sheet, "B1"))).isTrue();
        assertThat(sheet).doesNotContain("<c r=\"A2\" s=");
    }

    @Test
    void writesARightToLeftSheetOnlyWhenAsked() throws IOException {
        write(true, List.of("الاسم"), List.of("محمد"));
        String rightToLeft = Files.readString(dir.resolve("sheet.xml"));
        write(false, List.of("name"), List.of("Ana"));
        String leftToRight = Files.readString(dir.resolve("sheet.xml"));

        assertThat(rightToLeft).contains("rightToLeft=\"true\"");
        assertThat(leftToRight).doesNotContain("rightToLeft=\"true\"");
    }

    @Test
    void downloadsAsAnAttachmentWithTheSpreadsheetContentType() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        try (Xlsx xlsx = Xlsx.download(response, "persons-2026.xlsx", true)) {
            xlsx.row(List.of("name")).row(List.of("Ana"));
        }

        assertThat(response.getContentType()).isEqualTo(Xlsx.CONTENT_TYPE);
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"persons-2026.xlsx\"");
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("persons-2026");
            assertThat(workbook.getFirstSheet().read()).hasSize(2);
        }
    }

    private Path write(boolean rightToLeft, List<?> header, List<?> row) throws IOException {
        Path file = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                Xlsx xlsx = new Xlsx(out, "Export", rightToLeft)) {
            xlsx.row(header).row(row);
        }
        Files.writeString(dir.resolve("sheet.xml"), entry(file, "xl/worksheets/sheet1.xml"));
        return file;
    }

    private static List<Cell> secondRow(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Row row = workbook.getFirstSheet().read().get(1);
            return row.stream().toList();
        }
    }

    private static int styleOf(String sheet, String cell) {
        Matcher m = Pattern.compile("<c r=\"" + cell + "\" s=\"(\\d+)\"").matcher(sheet);
        assertThat(m.find()).as(cell + " has a style").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Whether the cell format at {@code index} uses a font marked bold. */
    private static boolean boldFont(Path file, int index) throws IOException {
        String styles = entry(file, "xl/styles.xml");
        String xfs = styles.substring(styles.indexOf("<cellXfs"));
        String[] formats = xfs.split("<xf ");
        Matcher font = Pattern.compile("fontId=\"(\\d+)\"").matcher(formats[index + 1]);
        assertThat(font.find()).isTrue();
        String[] fonts = styles.substring(styles.indexOf("<fonts"), styles.indexOf("</fonts>"))
                .split("<font>");
        return fonts[Integer.parseInt(font.group(1)) + 1].contains("<b/>");
    }

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
