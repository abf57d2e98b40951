package org.pravaas.registry.importing;

import java.util.List;

/** A refused row as stored with its import: the error and the row's cells as they were in the file. */
public record StoredError(RowError error, List<String> raw) {
    public StoredError {
        raw = List.copyOf(raw);
    }
}
