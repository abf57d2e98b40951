package org.pravaas.skills.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.skills.occupation.Occupations;
import org.springframework.stereotype.Component;

/**
 * The rules a profile or an opening obeys, each refusal naming its field and reason: ISCO-08
 * unit codes only, known ISO countries and languages, a level for every language, skills as
 * short normalised words.
 */
@Component
public class ProfileRules {
    private final Occupations occupations;
    private final ReferenceData reference;

    ProfileRules(Occupations occupations, ReferenceData reference) {
        this.occupations = occupations;
        this.reference = reference;
    }

    public List<String> occupations(String field, List<String> codes) {
        return occupations.requireUnits(field, flat(codes));
    }

    /** Entries as a form may send them, several in one field separated by commas or semicolons. */
    static List<String> flat(@Nullable List<String> raw) {
        if (raw == null) return List.of();
        return raw.stream()
                .flatMap(s -> java.util.Arrays.stream(s.split("[,;]")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public void country(List<Violation> problems, String field, @Nullable String code) {
        if (code != null && !code.isBlank() && !reference.isCountry(code.strip().toUpperCase(Locale.ROOT))) {
            problems.add(new Violation(field, "skills.country.unknown", code));
        }
    }

    /** Skills lower-cased and trimmed, duplicates dropped, each at most 60 characters. */
    public static List<String> skills(@Nullable List<String> raw) {
        return flat(raw).stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty())
                .map(s -> s.length() > 60 ? s.substring(0, 60) : s)
                .distinct()
                .toList();
    }

    /** {@code fr:B2}-style entries as languages, or violations naming each bad one. */
    public List<SpokenLanguage> languages(String field, @Nullable List<String> raw) {
        Map<String, SpokenLanguage> out = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (String entry : flat(raw)) {
            if (entry.isBlank()) continue;
            String[] parts = entry.strip().split("[:\\s]+", 2);
            String code = parts[0].toLowerCase(Locale.ROOT);
            var level = parts.length == 2 ? LanguageLevel.parse(parts[1]) : java.util.Optional.<LanguageLevel>empty();
            if (!reference.isLanguage(code)) {
                problems.add(new Violation(field, "skills.language.unknown", code));
            } else if (level.isEmpty()) {
                problems.add(new Violation(field, "skills.language.level", entry.strip()));
            } else {
                out.put(code, new SpokenLanguage(code, level.get()));
            }
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        return List.copyOf(out.values());
    }

    /** Checks a command, throwing every problem at once. */
    public Checked check(ProfileCommand c) {
        List<Violation> problems = new ArrayList<>();
        country(problems, "residenceCountry", c.residenceCountry());
        country(problems, "originCountry", c.originCountry());
        List<String> codes = List.of();
        List<SpokenLanguage> languages = List.of();
        try {
            codes = occupations("occupations", Objects.requireNonNull(c.occupations()));
        } catch (RuleViolation e) {
            problems.addAll(e.violations());
        }
        try {
            languages = languages("languages", c.languages());
        } catch (RuleViolation e) {
            problems.addAll(e.violations());
        }
        if (codes.isEmpty() && problems.stream().noneMatch(v -> v.field().equals("occupations"))) {
            problems.add(new Violation("occupations", "skills.occupation.required"));
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        return new Checked(codes, skills(c.skills()), languages);
    }

    /** What a valid command becomes. */
    public record Checked(List<String> occupations, List<String> skills, List<SpokenLanguage> languages) {}
}
