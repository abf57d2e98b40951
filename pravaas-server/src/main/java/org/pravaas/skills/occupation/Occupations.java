package org.pravaas.skills.occupation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 619 ISCO-08 groups, read once: they change only with a new classification (a migration).
 * Profiles and openings are coded at unit-group level; any other code is refused with its reason.
 */
@Service
public class Occupations {
    private final Map<String, Occupation> byCode;

    Occupations(JdbcClient jdbc) {
        Map<String, Occupation> all = new LinkedHashMap<>();
        jdbc.sql("select code, level, parent, title_en, title_fr, title_es from skills.occupation order by code")
                .query(Occupation.class)
                .list()
                .forEach(o -> all.put(o.code(), o));
        this.byCode = Map.copyOf(all);
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(byCode.get(code.strip()));
    }

    public String title(String code, Locale locale) {
        return find(code).map(o -> o.title(locale)).orElse(code);
    }

    public String label(String code, Locale locale) {
        return find(code).map(o -> o.label(locale)).orElse(code);
    }

    /** The unit-group codes, or a violation of {@code field} naming each unknown or non-unit code. */
    public List<String> requireUnits(String field, Collection<String> codes) {
        List<Violation> problems = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (String raw : codes) {
            String code = raw.strip();
            if (code.isEmpty()) continue;
            Occupation o = byCode.get(code);
            if (o == null) {
                problems.add(new Violation(field, "skills.occupation.unknown", code));
            } else if (!o.isUnit()) {
                problems.add(new Violation(field, "skills.occupation.not-unit", code));
            } else if (!units.contains(code)) {
                units.add(code);
            }
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        return units;
    }

    /** Groups whose code starts with, or whose title contains, the text; all major groups when empty. */
    public List<Occupation> search(@Nullable String text, Locale locale, int limit) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return byCode.values().stream()
                .filter(o -> q.isEmpty()
                        ? o.level() == 1
                        : o.code().startsWith(q)
                                || o.title(locale).toLowerCase(locale).contains(q)
                                || o.titleEn().toLowerCase(Locale.ROOT).contains(q))
                .sorted(java.util.Comparator.comparing(Occupation::code))
                .limit(limit)
                .toList();
    }

    /** The group's ancestors from the major group down, then the group itself. */
    public List<Occupation> path(String code) {
        List<Occupation> path = new ArrayList<>();
        for (int i = 1; i <= code.length(); i++) {
            find(code.substring(0, i)).ifPresent(path::add);
        }
        return path;
    }

    public List<Occupation> children(String code) {
        return byCode.values().stream()
                .filter(o -> code.equals(o.parent()))
                .sorted(java.util.Comparator.comparing(Occupation::code))
                .toList();
    }

    public int size() {
        return byCode.size();
    }
}
