package org.pravaas.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {
    private static final List<String> NAMES =
            List.of("محمد الأحمد", "राजेश कुमार", "김민석", "Олена Шевченко", "Zoë Ngũgĩ");

    @Test
    void embedsAFontForEveryScriptItPrints() throws IOException {
        byte[] pdf = manifest(Locale.ENGLISH, 3);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(embeddedFonts(pdf))
                .anyMatch(f -> f.endsWith("+NotoSans-Regular"))
                .anyMatch(f -> f.contains("NotoSansArabic"))
                .anyMatch(f -> f.contains("NotoSansKR"))
                .anyMatch(f -> f.contains("NotoSansMono"));
    }

    @Test
    void printsTheTextSoItCanBeReadBack() throws IOException {
        String text = text(manifest(Locale.ENGLISH, NAMES.size()), 1);

        assertThat(text)
                .contains("Manifest PK 7712", "Passenger", "김민석", "Олена Шевченко", "राजेश कुमार", "QX-12-7788");
    }

    @Test
    void repeatsTheHeaderAndNumbersEveryPageOfALongTable() throws IOException {
        byte[] pdf = manifest(Locale.ENGLISH, 400);
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();

        assertThat(pages).isGreaterThan(5);
        assertThat(text(pdf, pages)).contains("Passenger", "Document").contains(Integer.toString(pages));
    }

    @Test
    void laysOutArabicFromTheRight() throws IOException {
        float arabic = firstTextX(manifest(Locale.forLanguageTag("ar"), 3));
        float english = firstTextX(manifest(Locale.ENGLISH, 3));

        // The title is the first text drawn: flush left in English, flush right in Arabic.
        assertThat(english).isLessThan(60f);
        assertThat(arabic).isGreaterThan(english + 200f);
    }

    private static byte[] manifest(Locale locale, int passengers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < passengers; i++) {
            rows.add(List.of(NAMES.get(i % NAMES.size()), "P" + (1000 + i)));
        }
        try (PdfDocument pdf = new PdfDocument(out, locale)) {
            pdf.title("Manifest PK 7712")
                    .fields(List.of(new PdfDocument.Field("Flight", "PK 7712"), new PdfDocument.Field("Date", null)))
                    .code("QX-12-7788")
                    .table(List.of("Passenger", "Document"), rows);
        }
        return out.toByteArray();
    }

    private static String text(byte[] pdf, int page) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(page);
    }

    private static Set<String> embeddedFonts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        Set<String> names = new HashSet<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary dict
                    && PdfName.FONTDESCRIPTOR.equals(dict.get(PdfName.TYPE))) {
                names.add(PdfName.decodeName(dict.get(PdfName.FONTNAME).toString()));
            }
        }
        return names;
    }

    /** Where the first text of page 1 starts: the x of the first text matrix ({@code 1 0 0 1 x y Tm}) of its content. */
    private static float firstTextX(byte[] pdf) throws IOException {
        String content = new String(new PdfReader(pdf).getPageContent(1), StandardCharsets.ISO_8859_1);
        for (String line : content.split("\n")) {
            String[] words = line.trim().split(" ");
            if (words.length == 7 && words[6].equals("Tm")) {
                return Float.parseFloat(words[4]);
            }
        }
        throw new AssertionError("no text on page 1");
    }
}
