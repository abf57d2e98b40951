package org.pravaas.shared.io;

import java.io.IOException;

/**
 * The start of a CSV file, read ahead to choose the delimiter, then handed back to the parser
 * character by character. Reads at most one line (outside quotes) and at most 64K characters.
 */
final class SniffedLine {
    private static final String DELIMITERS = ",;\t|";
    private static final int MAX_CHARS = 1 << 16;

    private final StringBuilder chars = new StringBuilder();
    private final int[] counts = new int[DELIMITERS.length()];
    private int position;

    private SniffedLine() {}

    static SniffedLine read(DecodedText text) throws IOException {
        SniffedLine line = new SniffedLine();
        boolean quoted = false;
        try {
            int c;
            while (line.chars.length() < MAX_CHARS && (c = text.read()) >= 0) {
                line.chars.append((char) c);
                quoted ^= c == '"';
                if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                }
                int delimiter = DELIMITERS.indexOf(c);
                if (!quoted && delimiter >= 0) {
                    line.counts[delimiter]++;
                }
            }
        } catch (DecodedText.Malformed e) {
            // The parser meets the same bytes again and reports them with their line.
        }
        return line;
    }

    /** The delimiter used most often in the first line; a comma when it has none. */
    char delimiter() {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.charAt(best);
    }

    boolean hasMore() {
        return position < chars.length();
    }

    int read() {
        return chars.charAt(position++);
    }
}
