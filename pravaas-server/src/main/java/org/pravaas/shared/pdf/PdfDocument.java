package org.pravaas.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A printable A4 document — a form, a receipt, a manifest, a statement — written as it is built,
 * in any of Pravaas's languages: names in Arabic, Devanagari, Hangul, Cyrillic or Latin letters
 * print with embedded Noto fonts, and an Arabic document reads from the right, its tables too.
 * Everything is laid out in table cells because only cells carry a run direction in OpenPDF.
 */
public final class PdfDocument implements AutoCloseable {
    public static final String CONTENT_TYPE = "application/pdf";
    private static final float TITLE = 16f;
    private static final float HEADING = 12f;
    private static final float TEXT = 9.5f;
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

    /** A label and its value, printed side by side. */
    public record Field(String label, @Nullable String value) {}

    private final PdfFonts fonts = PdfFonts.get();
    private final Document document;
    private final boolean rightToLeft;

    /** A document written to {@code out}, laid out for {@code locale} (right to left for Arabic). The stream is not closed. */
    public PdfDocument(OutputStream out, Locale locale) {
        this.rightToLeft = "ar".equals(locale.getLanguage());
        this.document = new Document(PageSize.A4, 42, 42, 42, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageNumbers(fonts));
        document.addCreator("Pravaas");
        document.open();
    }

    /** A PDF the browser downloads under {@code filename}. */
    public static PdfDocument download(HttpServletResponse response, String filename, Locale locale)
            throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return new PdfDocument(response.getOutputStream(), locale);
    }

    public PdfDocument title(String text) {
        document.addTitle(text);
        return block(fonts.phrase(text, TITLE, true), 0f, 10f);
    }

    public PdfDocument heading(String text) {
        return block(fonts.phrase(text, HEADING, true), 10f, 4f);
    }

    public PdfDocument paragraph(String text) {
        return block(fonts.phrase(text, TEXT, false), 2f, 4f);
    }

    /** A monospaced line, for numbers and check codes that must be read character by character. */
    public PdfDocument code(String text) {
        return block(new Phrase(text, fonts.mono(HEADING)), 4f, 6f);
    }

    /** Labels and values in two columns. */
    public PdfDocument fields(List<Field> fields) {
        PdfPTable table = table(new float[] {1f, 2f});
        for (Field field : fields) {
            table.addCell(cell(fonts.phrase(field.label(), TEXT, true), null));
            table.addCell(cell(fonts.phrase(field.value() == null ? "" : field.value(), TEXT, false), null));
        }
        return add(table);
    }

    /** A table with a shaded header row repeated on every page. Null cells print empty. */
    public PdfDocument table(List<String> headers, List<? extends List<? extends @Nullable Object>> rows) {
        float[] widths = new float[headers.size()];
        java.util.Arrays.fill(widths, 1f);
        PdfPTable table = table(widths);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(cell(fonts.phrase(header, TEXT, true), SHADE));
        }
        for (List<? extends @Nullable Object> row : rows) {
            for (int column = 0; column < headers.size(); column++) {
                Object value = column < row.size() ? row.get(column) : null;
                table.addCell(cell(fonts.phrase(value == null ? "" : value.toString(), TEXT, false), null));
            }
        }
        return add(table);
    }

    public PdfDocument pageBreak() {
        document.newPage();
        return this;
    }

    @Override
    public void close() {
        document.close();
    }

    private PdfDocument block(Phrase phrase, float before, float after) {
        PdfPTable table = table(new float[] {1f});
        PdfPCell cell = cell(phrase, null);
        cell.setBorder(Rectangle.NO_BORDER);
        table.addCell(cell);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        return add(table);
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6f);
        table.setRunDirection(direction());
        return table;
    }

    private PdfPCell cell(Phrase phrase, @Nullable Color background) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(direction());
        cell.setBorderColor(RULE);
        cell.setPadding(4f);
        // OpenPDF mirrors the alignment in a right-to-left cell: "left" is the side the text starts from.
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private int direction() {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    private PdfDocument add(Element element) {
        document.add(element);
        return this;
    }
}
