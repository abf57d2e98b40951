package org.pravaas.casework.file;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.casework.definition.Definition;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Component;

/**
 * Checks and stores a case's form values against its definition: only fields of the current stage
 * (or of every stage, or required by the transition being taken), each a value of its type. A blank
 * value clears the field. All values are refused together, so nothing is half-saved.
 */
@Component
class FieldValues {
    private final CaseParts parts;

    FieldValues(CaseParts parts) {
        this.parts = parts;
    }

    /**
     * Stores the values; {@code alsoAllowed} are further fields the caller may set (a transition's).
     * Returns the codes of the fields whose value changed.
     */
    List<String> save(
            CaseFile c, Definition d, Map<String, String> values, List<String> alsoAllowed, String by, Instant at) {
        List<Violation> problems = new ArrayList<>();
        List<String> editable = new ArrayList<>(d.fieldsOf(c.summary().stage()).stream()
                .map(Definition.Field::code)
                .toList());
        editable.addAll(alsoAllowed);
        for (var e : values.entrySet()) {
            Optional<Definition.Field> field = d.field(e.getKey());
            if (field.isEmpty() || !editable.contains(e.getKey())) {
                problems.add(new Violation(e.getKey(), "casework.field.not-in-stage"));
            } else if (!e.getValue().isBlank()
                    && field.get()
                            .type()
                            .normalise(e.getValue(), field.get().choices())
                            .isEmpty()) {
                problems.add(new Violation(
                        e.getKey(),
                        "casework.field.invalid-" + field.get().type().code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        UUID id = c.summary().id().value();
        Map<String, String> before = parts.values(id);
        List<String> changed = new ArrayList<>();
        for (var e : values.entrySet()) {
            Definition.Field field = d.field(e.getKey()).orElseThrow();
            String value = e.getValue().isBlank()
                    ? null
                    : field.type().normalise(e.getValue(), field.choices()).orElseThrow();
            if (java.util.Objects.equals(value, before.get(field.code()))) {
                continue;
            }
            if (value == null) {
                parts.clearValue(id, field.code());
            } else {
                parts.setValue(id, field.code(), value, by, at);
            }
            changed.add(field.code());
        }
        return changed;
    }
}
