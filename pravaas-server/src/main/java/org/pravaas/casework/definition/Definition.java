package org.pravaas.casework.definition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a programme's rules: its stages (the first named by {@code initial}), which
 * stage may follow which (some only with a second person's approval, some only with certain
 * fields filled), and the form fields of each stage. A saved version never changes; an edit
 * saves the next version, and each case keeps the version it was opened with.
 */
public record Definition(
        String programme,
        int version,
        String initial,
        List<Stage> stages,
        List<Transition> transitions,
        List<Field> fields) {

    /** Fields whose {@code stage} is this value belong to every stage (e.g. the reason for an exit). */
    public static final String ANY_STAGE = "*";

    public Definition {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
        fields = List.copyOf(fields);
    }

    /** A stage: its code, its name per language, and whether a case entering it is closed. */
    public record Stage(String code, Map<String, String> names, boolean terminal) {
        public Stage {
            names = Map.copyOf(names);
        }

        public String name(Locale locale) {
            return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", code));
        }
    }

    /** An allowed stage change; {@code requires} lists fields that must be filled to take it. */
    public record Transition(String from, String to, boolean approval, List<String> requires) {
        public Transition {
            requires = List.copyOf(requires);
        }
    }

    /** A form field; a {@code required} field must be filled before its stage is left. */
    public record Field(
            String code,
            String stage,
            Map<String, String> labels,
            FieldType type,
            boolean required,
            List<String> choices) {
        public Field {
            labels = Map.copyOf(labels);
            choices = List.copyOf(choices);
        }

        public String label(Locale locale) {
            return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("en", code));
        }
    }

    public Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public String stageName(String code, Locale locale) {
        return stage(code).map(s -> s.name(locale)).orElse(code);
    }

    public Optional<Transition> transition(String from, String to) {
        return transitions.stream()
                .filter(t -> t.from().equals(from) && t.to().equals(to))
                .findFirst();
    }

    public List<Transition> from(String stage) {
        return transitions.stream().filter(t -> t.from().equals(stage)).toList();
    }

    public Optional<Field> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The fields shown while a case is in the stage: its own and those of every stage. */
    public List<Field> fieldsOf(String stage) {
        return fields.stream()
                .filter(f -> f.stage().equals(stage) || f.stage().equals(ANY_STAGE))
                .toList();
    }

    /** What must be filled before a case leaves {@code from} for {@code to}. */
    public List<String> requiredToLeave(String from, Transition transition) {
        List<String> own = fields.stream()
                .filter(f -> f.required() && f.stage().equals(from))
                .map(Field::code)
                .toList();
        return java.util.stream.Stream.concat(own.stream(), transition.requires().stream())
                .distinct()
                .toList();
    }

    public boolean isTerminal(String stage) {
        return stage(stage).map(Stage::terminal).orElse(false);
    }

    public Definition withVersion(int next) {
        return new Definition(programme, next, initial, stages, transitions, fields);
    }
}
