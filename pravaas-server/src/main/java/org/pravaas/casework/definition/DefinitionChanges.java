package org.pravaas.casework.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravaas.shared.RuleViolation;

/** Applies one edit to a definition, giving the next version, or refuses it with the field and reason. */
final class DefinitionChanges {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "hi", "ko");

    private DefinitionChanges() {}

    static Definition apply(Definition d, DefinitionEdit e) {
        return switch (e.kind()) {
            case RENAME_STAGE -> renameStage(d, e);
            case ADD_FIELD -> addField(d, e);
            case SET_REQUIRED -> setRequired(d, e);
            case ADD_TRANSITION -> addTransition(d, e);
        };
    }

    private static Definition renameStage(Definition d, DefinitionEdit e) {
        Definition.Stage old = d.stage(nonNull(e.stage(), "stage"))
                .orElseThrow(() -> new RuleViolation("stage", "casework.definition.stage-unknown"));
        Map<String, String> names = names(old.names(), e.names());
        List<Definition.Stage> stages = d.stages().stream()
                .map(s -> s.code().equals(old.code()) ? new Definition.Stage(s.code(), names, s.terminal()) : s)
                .toList();
        return new Definition(d.programme(), d.version() + 1, d.initial(), stages, d.transitions(), d.fields());
    }

    private static Definition addField(Definition d, DefinitionEdit e) {
        String code = nonNull(e.code(), "code").strip();
        if (!code.matches("[a-z][a-z0-9_]{1,39}") || d.field(code).isPresent()) {
            throw new RuleViolation("code", "casework.definition.field-code");
        }
        String stage = nonNull(e.stage(), "stage");
        if (!stage.equals(Definition.ANY_STAGE) && d.stage(stage).isEmpty()) {
            throw new RuleViolation("stage", "casework.definition.stage-unknown");
        }
        if (e.type() == null) {
            throw new RuleViolation("type", "casework.definition.type-required");
        }
        List<String> choices = e.choices() == null
                ? List.of()
                : Arrays.stream(e.choices().split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (e.type() == FieldType.CHOICE && choices.isEmpty()) {
            throw new RuleViolation("choices", "casework.definition.choices-required");
        }
        Map<String, String> labels = names(Map.of(), e.names());
        List<Definition.Field> fields = new ArrayList<>(d.fields());
        fields.add(new Definition.Field(code, stage, labels, e.type(), e.flag(), choices));
        return new Definition(d.programme(), d.version() + 1, d.initial(), d.stages(), d.transitions(), fields);
    }

    private static Definition setRequired(Definition d, DefinitionEdit e) {
        Definition.Field old = d.field(nonNull(e.code(), "code"))
                .orElseThrow(() -> new RuleViolation("code", "casework.definition.field-unknown"));
        List<Definition.Field> fields = d.fields().stream()
                .map(f -> f.code().equals(old.code())
                        ? new Definition.Field(f.code(), f.stage(), f.labels(), f.type(), e.flag(), f.choices())
                        : f)
                .toList();
        return new Definition(d.programme(), d.version() + 1, d.initial(), d.stages(), d.transitions(), fields);
    }

    private static Definition addTransition(Definition d, DefinitionEdit e) {
        String from = nonNull(e.from(), "from");
        String to = nonNull(e.to(), "to");
        if (d.stage(from).isEmpty() || d.isTerminal(from)) {
            throw new RuleViolation("from", "casework.definition.from-invalid");
        }
        if (d.stage(to).isEmpty() || from.equals(to)) {
            throw new RuleViolation("to", "casework.definition.to-invalid");
        }
        if (d.transition(from, to).isPresent()) {
            throw new RuleViolation("to", "casework.definition.transition-exists");
        }
        List<Definition.Transition> transitions = new ArrayList<>(d.transitions());
        transitions.add(new Definition.Transition(from, to, e.flag(), List.of()));
        return new Definition(d.programme(), d.version() + 1, d.initial(), d.stages(), transitions, d.fields());
    }

    /** The names given, over the old ones; an English name is required. */
    private static Map<String, String> names(Map<String, String> old, Map<String, String> given) {
        Map<String, String> out = new HashMap<>(old);
        if (given != null) {
            given.forEach((lang, name) -> {
                if (LANGUAGES.contains(lang) && name != null && !name.isBlank()) out.put(lang, name.strip());
            });
        }
        if (!out.containsKey("en")) {
            throw new RuleViolation("names", "casework.definition.english-required");
        }
        return out;
    }

    private static String nonNull(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        return value;
    }
}
