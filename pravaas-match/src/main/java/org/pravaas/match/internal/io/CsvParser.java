package org.pravaas.match.internal.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.CsvFormatException;

/**
 * RFC 4180 CSV, streaming: quoted fields may hold commas, doubled quotes and newlines; CRLF or LF;
 * a byte-order mark is skipped. Knows the line each row starts on, for error messages.
 */
public final class CsvParser {
    private final Reader in;
    private final String file;
    private long line = 1;
    private long rowLine;
    private int peeked = -2;

    public CsvParser(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The line the last row returned by {@link #next} started on. */
    public long rowLine() {
        return rowLine;
    }

    /** The next row's fields, stripped of surrounding spaces; null at end of input. */
    public @Nullable List<String> next() throws IOException {
        int c = read();
        if (rowLine == 0 && c == '\uFEFF') c = read();
        while (c == '\r' || c == '\n') { // blank lines are not records
            newline(c);
            c = read();
        }
        if (c == -1) return null;
        rowLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                c = quoted(field, fields.size() + 1);
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
                c = read();
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString().strip());
                if (c != -1) newline(c);
                return fields;
            } else {
                field.append((char) c);
                c = read();
            }
        }
    }

    private int quoted(StringBuilder field, int column) throws IOException {
        long start = line;
        while (true) {
            int c = read();
            if (c == -1) throw new CsvFormatException(file, start, column, "quoted field is never closed");
            if (c == '\n') line++;
            if (c == '"') {
                int d = read();
                if (d != '"') {
                    while (d == ' ' || d == '\t') d = read();
                    if (d != ',' && d != '\n' && d != '\r' && d != -1) {
                        throw new CsvFormatException(file, line, column, "text after the closing quote");
                    }
                    return d;
                }
            }
            field.append((char) c);
        }
    }

    private void newline(int c) throws IOException {
        line++;
        if (c == '\r') {
            int d = read();
            if (d != '\n') peeked = d;
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int p = peeked;
            peeked = -2;
            return p;
        }
        return in.read();
    }
}
