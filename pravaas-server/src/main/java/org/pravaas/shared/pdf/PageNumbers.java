package org.pravaas.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Prints the page number at the foot of every page, so a printed manifest missing a page shows it. */
final class PageNumbers extends PdfPageEventHelper {
    private final PdfFonts fonts;

    PageNumbers(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Phrase number = new Phrase(Integer.toString(writer.getPageNumber()), fonts.mono(8f));
        float x = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(
                writer.getDirectContent(), Element.ALIGN_CENTER, number, x, document.bottom() - 20, 0);
    }
}
