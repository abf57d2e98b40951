package org.pravaas.shared.pdf;

import com.ibm.icu.lang.UScript;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fonts embedded in every PDF, loaded once per process, and the splitting of a text into runs
 * of the font that has its letters: Noto Sans (Latin, Cyrillic, Greek and Devanagari), Noto Sans
 * Arabic, Noto Sans KR. Arabic is joined and ordered by OpenPDF's own bidirectional
 * line layout, so its fonts are created before OpenPDF's layout processor is switched on; every
 * other script is shaped by Java's text layout through that processor, which Devanagari needs
 * (its vowel signs reorder and its consonants join).
 */
final class PdfFonts {
    private static final String DIR = "fonts/";
    private static final PdfFonts INSTANCE = load();

    private final List<BaseFont> regular;
    private final List<BaseFont> bold;
    private final BaseFont mono;

    private PdfFonts(List<BaseFont> regular, List<BaseFont> bold, BaseFont mono) {
        this.regular = regular;
        this.bold = bold;
        this.mono = mono;
    }

    static PdfFonts get() {
        return INSTANCE;
    }

    private static PdfFonts load() {
        BaseFont arabic = font("NotoSansArabic-Regular.ttf");
        BaseFont arabicBold = font("NotoSansArabic-Bold.ttf");
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enable();
        }
        BaseFont korean = font("NotoSansKR-Regular.ttf");
        return new PdfFonts(
                List.of(font("NotoSans-Regular.ttf"), arabic, korean),
                List.of(font("NotoSans-Bold.ttf"), arabicBold, korean),
                font("NotoSansMono-Regular.ttf"));
    }

    private static BaseFont font(String file) {
        String name = DIR + file;
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as runs, each in the first font that has its letters; spaces, digits and marks stay in the run around them. */
    Phrase phrase(String text, float size, boolean strong) {
        List<BaseFont> fonts = strong ? bold : regular;
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        @Nullable BaseFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BaseFont chosen = fontFor(cp, current, fonts);
            if (chosen != current && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), new Font(current, size)));
                run.setLength(0);
            }
            current = chosen;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current != null && !run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), new Font(current, size)));
        }
        return phrase;
    }

    Font mono(float size) {
        return new Font(mono, size);
    }

    private static BaseFont fontFor(int cp, @Nullable BaseFont current, List<BaseFont> fonts) {
        int script = UScript.getScript(cp);
        boolean shared = script == UScript.COMMON || script == UScript.INHERITED;
        if (current != null && shared && current.charExists(cp)) {
            return current;
        }
        for (BaseFont font : fonts) {
            if (font.charExists(cp)) {
                return font;
            }
        }
        return current != null ? current : fonts.get(0);
    }
}
