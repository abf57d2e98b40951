package org.pravaas.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes an XLSX workbook of one sheet, streaming: rows go to the output every thousand, so an
 * export of a million rows does not sit in memory. The first row is the header, bold and frozen.
 * Numbers are numbers, {@link LocalDate} and {@link LocalDateTime} are dates Excel can sort, and
 * everything else is text: a cell never becomes a formula, so unlike {@link Csv} no apostrophe
 * is needed in front of "=".
 */
public final class Xlsx implements TableFile {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 1_000;
    /** Excel keeps 15 significant digits: longer whole numbers are identifiers, kept as text. */
    private static final int EXCEL_DIGITS = 15;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    /** A workbook with one left-to-right sheet named "Sheet1". */
    public Xlsx(OutputStream stream) {
        this(stream, "Sheet1", false);
    }

    /** The stream stays open when the workbook is closed. */
    public Xlsx(OutputStream stream, String sheetName, boolean rightToLeft) {
        this.workbook = new Workbook(stream, "Pravaas", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
        sheet.freezePane(0, 1);
        if (rightToLeft) {
            sheet.rightToLeft();
        }
    }

    /** An XLSX file the browser downloads under {@code filename}. */
    public static Xlsx download(HttpServletResponse response, String filename) throws IOException {
        return download(response, filename, false);
    }

    /** As {@link #download(HttpServletResponse, String)}, the sheet right-to-left when asked (Arabic). */
    public static Xlsx download(HttpServletResponse response, String filename, boolean rightToLeft) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return new Xlsx(response.getOutputStream(), filename.replaceFirst("\\.xlsx$", ""), rightToLeft);
    }

    public Xlsx row(List<? extends @Nullable Object> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            cell(column, cells.get(column));
        }
        if (row == 0 && !cells.isEmpty()) {
            sheet.range(0, 0, 0, cells.size() - 1).style().bold().set();
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
        return this;
    }

    private void cell(int column, @Nullable Object value) {
        if (value instanceof Number number && fitsExcel(number)) {
            sheet.value(row, column, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else if (value instanceof LocalDateTime dateTime) {
            sheet.value(row, column, dateTime);
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
        } else if (value instanceof Boolean bool) {
            sheet.value(row, column, bool);
        } else if (value != null && !value.toString().isEmpty()) {
            // Inline, not shared strings: the shared table would hold every distinct text until the end.
            sheet.inlineString(row, column, value.toString());
        }
    }

    /** Whether Excel can hold the number as it is: finite, and no whole number beyond 15 digits. */
    private static boolean fitsExcel(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Double.isFinite(number.doubleValue());
        }
        BigDecimal decimal = number instanceof BigDecimal d
                ? d
                : number instanceof BigInteger i ? new BigDecimal(i) : BigDecimal.valueOf(number.longValue());
        BigDecimal whole = decimal.setScale(0, java.math.RoundingMode.DOWN);
        return whole.precision() <= EXCEL_DIGITS || whole.signum() == 0;
    }

    /** Excel refuses sheet names over 31 characters or with any of []:*?/\. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (clean.isEmpty()) {
            return "Sheet1";
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
