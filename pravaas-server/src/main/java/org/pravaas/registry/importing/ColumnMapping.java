package org.pravaas.registry.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which column of the file feeds which field: by index into the header. Built from what the user
 * chose, or guessed from the headers, and remembered per office by header name.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {
    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** Guesses from the header: remembered choices first, then the usual names of each field. */
    public static ColumnMapping guess(List<String> header, Map<String, String> remembered) {
        Map<ImportField, Integer> out = new EnumMap<>(ImportField.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String chosen = remembered.get(ImportField.normalise(h));
            if (chosen != null) {
                out.putIfAbsent(ImportField.valueOf(chosen), i);
                continue;
            }
            for (ImportField f : ImportField.values()) {
                if (f.recognises(h)) out.putIfAbsent(f, i);
            }
        }
        return new ColumnMapping(out);
    }

    /** From a form: field name to column header. Unknown headers are ignored. */
    public static ColumnMapping fromHeaders(List<String> header, Map<ImportField, String> chosen) {
        Map<ImportField, Integer> out = new EnumMap<>(ImportField.class);
        chosen.forEach((field, h) -> {
            int i = header.indexOf(h);
            if (i >= 0) out.put(field, i);
        });
        return new ColumnMapping(out);
    }

    public @Nullable String value(ImportField field, List<String> cells) {
        Integer i = columns.get(field);
        if (i == null || i >= cells.size()) return null;
        String v = cells.get(i).strip();
        // Our own exports guard cells starting with = + - @ by a leading apostrophe; take it off again.
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) v = v.substring(1);
        return v.isEmpty() ? null : v;
    }

    /** Whether the column at {@code index} feeds the field (for a form's pre-selected choice). */
    public boolean maps(ImportField field, int index) {
        Integer i = columns.get(field);
        return i != null && i == index;
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The header each field was read from, for the error report. */
    public String headerOf(ImportField field, List<String> header) {
        Integer i = columns.get(field);
        return i == null ? field.header() : header.get(i);
    }

    /** Header (normalised) to field: what the office's next file is guessed with. */
    public Map<String, String> remembered(List<String> header) {
        return columns.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> ImportField.normalise(header.get(e.getValue())),
                        e -> e.getKey().name(),
                        (a, b) -> a));
    }
}
