package org.pravaas.match;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.internal.io.CsvParser;
import org.pravaas.match.internal.io.Headers;
import org.pravaas.match.internal.score.DateValue;

/**
 * Reads CSV record files (UTF-8, header first). Columns are recognised by header: an id column
 * ({@code rec_id}, {@code id}…; without one, ids are {@code row-N}), an optional truth column
 * ({@code entity_id}…), and compared fields typed by name (see {@link FieldType}). Every problem
 * that would give a wrong answer is a {@link CsvFormatException} naming file, line and column.
 */
public final class RecordFiles {
    private RecordFiles() {}

    public static RecordSet read(Path file, ReadOptions options) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            return read(in, file.toString(), options);
        }
    }

    public static RecordSet read(Reader in, String name, ReadOptions options) throws IOException {
        CsvParser csv = new CsvParser(new java.io.BufferedReader(in, 1 << 16), name);
        List<String> header = csv.next();
        if (header == null) throw new CsvFormatException(name, 1, 0, "the file is empty: expected a header line");
        Layout layout = Layout.of(header, name, options);
        List<MatchRecord> records = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            long line = csv.rowLine();
            if (row.size() != header.size()) {
                throw new CsvFormatException(
                        name, line, 0, "expected " + header.size() + " fields as in the header, found " + row.size());
            }
            checkText(row, name, line);
            String id = layout.id < 0 ? "row-" + (records.size() + 1) : row.get(layout.id);
            if (id.isEmpty()) throw new CsvFormatException(name, line, layout.id + 1, "empty id");
            Long seen = firstLine.putIfAbsent(id, line);
            if (seen != null)
                throw new CsvFormatException(
                        name, line, layout.id + 1, "duplicate id '" + id + "' (first on line " + seen + ")");
            if (layout.truth >= 0 && !row.get(layout.truth).isEmpty()) truth.put(id, row.get(layout.truth));
            records.add(new MatchRecord(id, values(row, layout, options, missing, name, line)));
        }
        return new RecordSet(layout.schema, records, truth, missing);
    }

    private static @Nullable String[] values(
            List<String> row, Layout layout, ReadOptions o, Map<String, Integer> missing, String name, long line) {
        String[] out = new String[layout.columns.length];
        for (int f = 0; f < out.length; f++) {
            String v = row.get(layout.columns[f]);
            if (v.isEmpty()) continue;
            if (layout.schema.field(f).type() == FieldType.DATE) {
                DateValue d = DateValue.parse(v, o.monthFirst());
                if (d == null && o.strictDates())
                    throw new CsvFormatException(name, line, layout.columns[f] + 1, "not a date: '" + v + "'");
                if (d == null) missing.merge(layout.schema.field(f).name(), 1, Integer::sum);
                v = d == null ? null : Integer.toString(d.asInt());
            }
            out[f] = v;
        }
        return out;
    }

    private static void checkText(List<String> row, String name, long line) {
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).indexOf('\uFFFD') >= 0) {
                throw new CsvFormatException(name, line, c + 1, "bytes that are not UTF-8; save the file as UTF-8");
            }
        }
    }

    /** Which column is the id, which the truth, and which feed which schema field. */
    private record Layout(Schema schema, int[] columns, int id, int truth) {
        static Layout of(List<String> header, String name, ReadOptions options) {
            List<FieldSpec> fields = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            int id = idColumn(header, name, options);
            int truth = -1;
            for (int c = 0; c < header.size(); c++) {
                String h = Headers.canonical(header.get(c));
                if (h.isEmpty()) throw new CsvFormatException(name, 1, c + 1, "empty column name");
                if (c == id || options.ignored().contains(h)) continue;
                if (truth < 0 && Headers.isTruth(h)) truth = c;
                else if (fields.stream().anyMatch(f -> f.name().equals(h)))
                    throw new CsvFormatException(name, 1, c + 1, "column '" + h + "' appears twice");
                else {
                    fields.add(new FieldSpec(h, options.types().getOrDefault(h, Headers.typeOf(h))));
                    columns.add(c);
                }
            }
            if (fields.isEmpty()) throw new CsvFormatException(name, 1, 0, "no column to compare");
            return new Layout(
                    new Schema(fields),
                    columns.stream().mapToInt(Integer::intValue).toArray(),
                    id,
                    truth);
        }

        /** The named id column, or the first whose header reads as an id; -1 when there is none. */
        private static int idColumn(List<String> header, String name, ReadOptions options) {
            String wanted = options.idColumn() == null ? null : Headers.canonical(options.idColumn());
            for (int c = 0; c < header.size(); c++) {
                String h = Headers.canonical(header.get(c));
                if (wanted == null ? Headers.isId(h) : h.equals(wanted)) return c;
            }
            if (wanted != null)
                throw new CsvFormatException(
                        name, 1, 0, "no column '" + options.idColumn() + "' (the id column) in the header " + header);
            return -1;
        }
    }
}
