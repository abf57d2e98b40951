package org.pravaas.registry.importing;

import java.util.List;

/** What is wrong with a row: its number as the user sees it, the column, and the reason. */
public record RowError(int row, String column, String messageKey, List<String> args) {
    public RowError {
        args = List.copyOf(args);
    }
}
