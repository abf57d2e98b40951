package org.pravaas.shared.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV: quoted cells, doubled quotes, line breaks inside quotes; the delimiter is the one
 * of {@code , ; TAB |} the header line uses most (spreadsheets in French or Spanish locales save
 * with semicolons). Lenient where spreadsheets are: a quote inside an unquoted cell is kept as is.
 */
final class CsvReader implements TabularReader {
    static final int MAX_RECORD_CHARS = 1 << 20;
    private static final int NONE = -2;

    private final DecodedText text;
    private final SniffedLine firstLine;
    private final char delimiter;
    private final StringBuilder cell = new StringBuilder();
    private final List<String> header;
    private int width = 8;
    private int line = 1;
    private int previous = NONE;
    private int pushedBack = NONE;

    private CsvReader(DecodedText text) throws IOException {
        this.text = text;
        this.firstLine = SniffedLine.read(text);
        this.delimiter = firstLine.delimiter();
        List<String> first;
        do {
            first = readRecord();
        } while (first != null && RowShape.isBlank(first));
        this.header = RowShape.header(first);
        this.width = Math.max(header.size(), 1);
    }

    static CsvReader open(Path file) {
        try {
            DecodedText text = DecodedText.of(Files.newInputStream(file));
            try {
                return new CsvReader(text);
            } catch (RuntimeException | IOException e) {
                text.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<TabularRow> next() {
        try {
            while (true) {
                int start = line;
                List<String> record = readRecord();
                if (record == null) {
                    return Optional.empty();
                }
                if (!RowShape.isBlank(record)) {
                    return Optional.of(new TabularRow(start, RowShape.fit(record, header.size(), start)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of the next record, or null at the end of the file. */
    private @Nullable List<String> readRecord() throws IOException {
        List<String> cells = new ArrayList<>(width);
        int start = line;
        int length = 0;
        cell.setLength(0);
        int c = nextChar();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (++length > MAX_RECORD_CHARS) {
                throw new TabularFileException("file.record-too-long", start, start, MAX_RECORD_CHARS);
            }
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '"' && cell.length() == 0) {
                length += readQuoted();
            } else {
                cell.append((char) c);
            }
            c = nextChar();
        }
        if (c == '\r') {
            skipLineFeed();
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Reads a quoted cell up to its closing quote; returns how many characters it took. */
    private int readQuoted() throws IOException {
        int opened = line;
        int length = 0;
        while (true) {
            int c = nextChar();
            if (c < 0 || ++length > MAX_RECORD_CHARS) {
                throw new TabularFileException("file.unterminated-quote", opened, opened);
            }
            if (c == '"') {
                int after = nextChar();
                if (after != '"') {
                    pushedBack = after;
                    return length;
                }
            }
            cell.append((char) c);
        }
    }

    private void skipLineFeed() throws IOException {
        int c = nextChar();
        if (c != '\n') {
            pushedBack = c;
        }
    }

    /** The next character, counting physical lines (LF, CR LF or a lone CR each end one). */
    private int nextChar() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        int c = readDecoded();
        if (c == '\r' || (c == '\n' && previous != '\r')) {
            line++;
        } else if (c == 0) {
            throw new TabularFileException("file.not-text", line, line);
        }
        previous = c;
        return c;
    }

    private int readDecoded() throws IOException {
        try {
            return firstLine.hasMore() ? firstLine.read() : text.read();
        } catch (DecodedText.Malformed e) {
            throw new TabularFileException("file.not-utf8", line, line, e.byteOffset);
        }
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
