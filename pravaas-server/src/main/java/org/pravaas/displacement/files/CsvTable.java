package org.pravaas.displacement.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.io.TabularFiles;
import org.pravaas.shared.io.TabularReader;
import org.pravaas.shared.io.TabularRow;

/**
 * Streams a table row by row with its line number, addressed by header name (case-insensitive,
 * a leading byte-order mark and HXL hashtag rows tolerated), so a file of millions of rows never
 * sits in memory. Reads RFC 4180 CSV itself (the fast path of the command line and the
 * benchmark), or the rows of an uploaded CSV or XLSX file opened by {@link TabularFiles}.
 */
public final class CsvTable {
    private final @Nullable BufferedReader in;
    private final @Nullable TabularReader tabular;
    private final Map<String, Integer> columns = new HashMap<>();
    private int line;

    public CsvTable(Reader reader) throws IOException {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.tabular = null;
        List<String> header = next();
        if (header == null) {
            throw new IOException("empty file");
        }
        name(header);
    }

    private CsvTable(TabularReader tabular) {
        this.in = null;
        this.tabular = tabular;
        name(tabular.header());
    }

    /** The rows of an uploaded CSV or XLSX file; the caller closes the reader. */
    public static CsvTable of(TabularReader reader) {
        return new CsvTable(reader);
    }

    private void name(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.put(name, i);
        }
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Calls {@code each} with every data row; a row whose first cell starts with # is HXL and skipped. */
    public void forEach(Consumer<Row> each) throws IOException {
        if (tabular != null) {
            for (TabularRow row : tabular) {
                if (row.cells().isEmpty() || !row.cells().get(0).startsWith("#")) {
                    each.accept(new Row(row.number(), row.cells()));
                }
            }
            return;
        }
        List<String> cells;
        while ((cells = next()) != null) {
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (!cells.isEmpty() && cells.get(0).startsWith("#")) {
                continue;
            }
            each.accept(new Row(line, cells));
        }
    }

    /** One data row and the line it starts on. */
    public final class Row {
        private final int number;
        private final List<String> cells;

        Row(int number, List<String> cells) {
            this.number = number;
            this.cells = cells;
        }

        public int number() {
            return number;
        }

        /** The trimmed cell, or empty when the column or the cell is missing. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i).strip();
        }
    }

    private @Nullable List<String> next() throws IOException {
        BufferedReader in = java.util.Objects.requireNonNull(this.in);
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = in.readLine();
                if (more == null) {
                    break;
                }
                line++;
                cell.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
