package org.pravaas.shared.io;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rows of an uploaded CSV or XLSX file, read one at a time. The header is the first row that
 * is not blank, its cells trimmed and trailing empty ones dropped; every data row has exactly as
 * many cells as the header (shorter rows padded with ""), blank rows are skipped but keep their
 * place in the numbering.
 *
 * <p>Reading throws {@link TabularFileException} when the file turns out to be unreadable further
 * on (a byte that is not UTF-8, an unterminated quote, a row wider than the header). Iterating is
 * single-pass: {@link #iterator()} continues where {@link #next()} stopped.
 */
public sealed interface TabularReader extends AutoCloseable, Iterable<TabularRow> permits CsvReader, XlsxReader {

    List<String> header();

    /** The next data row, or empty at the end of the file. */
    Optional<TabularRow> next();

    @Override
    default Iterator<TabularRow> iterator() {
        return new Iterator<>() {
            private @Nullable TabularRow ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    ahead = TabularReader.this.next().orElse(null);
                }
                return ahead != null;
            }

            @Override
            public TabularRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TabularRow row = ahead;
                ahead = null;
                return row;
            }
        };
    }

    /** Releases the file; an I/O failure here is rethrown unchecked. */
    @Override
    void close();
}
