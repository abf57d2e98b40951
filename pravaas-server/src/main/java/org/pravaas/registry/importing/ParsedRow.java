package org.pravaas.registry.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.PersonCommand;

/** A row read through the mapping: a person to store, or the reasons it cannot be. */
record ParsedRow(
        int number,
        List<String> cells,
        @Nullable PersonCommand person,
        List<DocumentCommand> documents,
        String importKey,
        List<RowError> errors) {

    boolean valid() {
        return errors.isEmpty() && person != null;
    }
}
