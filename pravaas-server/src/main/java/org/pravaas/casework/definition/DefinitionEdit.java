package org.pravaas.casework.definition;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change a programme manager makes to a definition. Each saves the next version.
 *
 * @param kind what to change
 * @param stage the stage renamed, or a new field's stage
 * @param code the field (new, or made required / optional)
 * @param names a stage's new names or a new field's labels, by language
 * @param from a new transition's first stage
 * @param to a new transition's next stage
 */
public record DefinitionEdit(
        Kind kind,
        @Nullable String stage,
        @Nullable String code,
        @Nullable Map<String, String> names,
        @Nullable FieldType type,
        boolean flag,
        @Nullable String choices,
        @Nullable String from,
        @Nullable String to) {

    /** What kind of change. */
    public enum Kind {
        RENAME_STAGE,
        ADD_FIELD,
        SET_REQUIRED,
        ADD_TRANSITION
    }
}
