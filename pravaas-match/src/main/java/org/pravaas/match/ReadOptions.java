package org.pravaas.match;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to read a record file.
 *
 * @param monthFirst read {@code 01/02/1990} as 2 January (US) rather than 1 February
 * @param strictDates fail on an unparseable date instead of counting it as missing
 * @param idColumn the column holding record ids; {@code null} recognises it by header
 *     ({@code rec_id}, {@code id}…)
 * @param types field types by column name, overriding what the header suggests
 * @param ignored columns not to compare
 */
public record ReadOptions(
        boolean monthFirst,
        boolean strictDates,
        @Nullable String idColumn,
        Map<String, FieldType> types,
        Set<String> ignored) {

    public ReadOptions {
        types = Map.copyOf(types);
        ignored = Set.copyOf(ignored);
    }

    public ReadOptions(boolean monthFirst, boolean strictDates) {
        this(monthFirst, strictDates, null, Map.of(), Set.of());
    }

    public static ReadOptions defaults() {
        return new ReadOptions(false, false);
    }

    public ReadOptions withIdColumn(@Nullable String column) {
        return new ReadOptions(monthFirst, strictDates, column, types, ignored);
    }

    public ReadOptions withFields(Map<String, FieldType> fieldTypes, Set<String> ignoredColumns) {
        return new ReadOptions(monthFirst, strictDates, idColumn, fieldTypes, ignoredColumns);
    }
}
