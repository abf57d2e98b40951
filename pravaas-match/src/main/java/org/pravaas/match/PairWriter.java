package org.pravaas.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes scored pairs as CSV: {@code left_id,right_id,probability} then one column per compared
 * field holding the weight (bits) it added. Use as a sink of {@link Matcher} runs.
 */
public final class PairWriter {
    private final Writer out;
    private final Schema schema;

    public PairWriter(Writer out, Schema schema) throws IOException {
        this.out = out;
        this.schema = schema;
        StringBuilder h = new StringBuilder("left_id,right_id,probability");
        for (FieldSpec f : schema.fields()) h.append(',').append(f.name());
        out.write(h.append('\n').toString());
    }

    /** Writes one pair; IO failures surface as {@link UncheckedIOException} so this fits a sink. */
    public void write(ScoredPair pair) {
        StringBuilder line = new StringBuilder(64);
        line.append(quote(pair.leftId()))
                .append(',')
                .append(quote(pair.rightId()))
                .append(',');
        line.append(String.format(Locale.ROOT, "%.6f", pair.probability()));
        for (int f = 0; f < schema.size(); f++)
            line.append(',')
                    .append(String.format(
                            Locale.ROOT, "%.3f", pair.fields().get(f).weight()));
        try {
            out.write(line.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                ? '"' + s.replace("\"", "\"\"") + '"'
                : s;
    }
}
