package org.pravaas.registry.mrz;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text of a zone as pasted or typed, made regular: blank lines dropped, each line trimmed, lower
 * case letters raised, the format known from the line count and lengths (and a leading V for visas),
 * every character one of A–Z, 0–9 and {@code <}. The lines are kept joined in one string so that
 * fields and check digits are read by index without copying.
 */
final class MrzZone {
    private final MrzLayout layout;
    private final String text;

    private MrzZone(MrzLayout layout, String text) {
        this.layout = layout;
        this.text = text;
    }

    /** @throws MrzException on a wrong line count, a wrong line length, a blank or a foreign character */
    static MrzZone read(String input) {
        List<String> lines = lines(input);
        if (lines.size() < 2 || lines.size() > 3) {
            throw MrzException.wrongLineCount(lines.size());
        }
        MrzFormat format = format(lines);
        String text = characters(lines, format == null ? null : MrzLayout.of(format));
        if (format == null) {
            throw lengthsOfTheOtherSize(lines) ? MrzException.wrongLineCount(lines.size()) : lengthProblem(lines);
        }
        return new MrzZone(MrzLayout.of(format), text);
    }

    MrzLayout layout() {
        return layout;
    }

    MrzFormat format() {
        return layout.format();
    }

    String text() {
        return text;
    }

    int index(int line, int column) {
        return (line - 1) * layout.format().lineLength() + column - 1;
    }

    char at(int line, int column) {
        return text.charAt(index(line, column));
    }

    String read(MrzLayout.Span span) {
        int start = span.index(layout.format().lineLength());
        return text.substring(start, start + span.length());
    }

    private static List<String> lines(String input) {
        List<String> lines = new ArrayList<>(3);
        input.lines().map(MrzZone::trim).filter(line -> !line.isEmpty()).forEach(lines::add);
        if (lines.size() == 1) {
            // A zone pasted from a system that dropped its line breaks.
            String line = lines.get(0);
            for (MrzFormat f : new MrzFormat[] {MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3}) {
                if (line.length() == f.lines() * f.lineLength()) {
                    lines.clear();
                    for (int i = 0; i < f.lines(); i++) {
                        lines.add(line.substring(i * f.lineLength(), (i + 1) * f.lineLength()));
                    }
                }
            }
        }
        return lines;
    }

    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static @Nullable MrzFormat format(List<String> lines) {
        int length = lines.get(0).length();
        for (String line : lines) {
            if (line.length() != length) {
                return null;
            }
        }
        boolean visa = Character.toUpperCase(lines.get(0).charAt(0)) == 'V';
        if (lines.size() == 3) {
            return length == 30 ? MrzFormat.TD1 : null;
        }
        if (length == 44) {
            return visa ? MrzFormat.MRV_A : MrzFormat.TD3;
        }
        return length == 36 ? (visa ? MrzFormat.MRV_B : MrzFormat.TD2) : null;
    }

    private static String characters(List<String> lines, @Nullable MrzLayout layout) {
        StringBuilder text = new StringBuilder(90);
        for (int l = 1; l <= lines.size(); l++) {
            String line = lines.get(l - 1);
            for (int c = 1; c <= line.length(); c++) {
                char ch = line.charAt(c - 1);
                if (ch >= 'a' && ch <= 'z') {
                    ch = (char) (ch - 'a' + 'A');
                } else if (!(ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '<')) {
                    MrzField field = layout == null ? MrzField.ZONE : layout.fieldAt(l, c);
                    throw isBlank(ch)
                            ? MrzException.innerSpace(field, l, c)
                            : MrzException.invalidCharacter(field, l, c, ch);
                }
                text.append(ch);
            }
        }
        return text.toString();
    }

    /** Lines that all have the length of the other size: a line is missing or one too many. */
    private static boolean lengthsOfTheOtherSize(List<String> lines) {
        int length = lines.get(0).length();
        boolean same = lines.stream().allMatch(line -> line.length() == length);
        return same && (lines.size() == 2 ? length == 30 : length == 36 || length == 44);
    }

    private static MrzException lengthProblem(List<String> lines) {
        int expected = expectedLength(lines);
        int l = 0;
        while (lines.get(l).length() == expected) {
            l++;
        }
        return MrzException.wrongLineLength(l + 1, expected, lines.get(l).length());
    }

    private static int expectedLength(List<String> lines) {
        if (lines.size() == 3) {
            return 30;
        }
        for (String line : lines) {
            if (line.length() == 36 || line.length() == 44) {
                return line.length();
            }
        }
        return Math.abs(lines.get(0).length() - 36) <= Math.abs(lines.get(0).length() - 44) ? 36 : 44;
    }
}
