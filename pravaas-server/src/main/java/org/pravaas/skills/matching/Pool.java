package org.pravaas.skills.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.skills.profile.SpokenLanguage;

/**
 * Candidates in parallel arrays of small integers (a kernel laid out for speed, hence its
 * length): occupations as ISCO numbers, skills, languages, countries and offices as dictionary
 * ids, so scoring one candidate touches a few cache lines and allocates nothing.
 */
public final class Pool {
    static final int NO_DATE = Integer.MIN_VALUE;
    final long generation;
    final int size;
    final UUID[] profileIds;
    final UUID[] personIds;
    final int[] office;
    final int[][] occupations;
    final int[][] skills;
    final int[][] languages;
    final int[] availability;
    final int[] availableFrom;
    final int[] residence;
    final int[] origin;
    final int[] experience;
    final Map<String, Integer> skillIds = new HashMap<>();
    final Map<String, Integer> languageIds = new HashMap<>();
    final Map<String, Integer> countryIds = new HashMap<>();
    final Map<UUID, Integer> officeIds = new HashMap<>();

    private Pool(long generation, List<CandidateRow> rows) {
        this.generation = generation;
        this.size = rows.size();
        profileIds = new UUID[size];
        personIds = new UUID[size];
        office = new int[size];
        occupations = new int[size][];
        skills = new int[size][];
        languages = new int[size][];
        availability = new int[size];
        availableFrom = new int[size];
        residence = new int[size];
        origin = new int[size];
        experience = new int[size];
        for (int i = 0; i < size; i++) {
            add(i, rows.get(i));
        }
    }

    public static Pool of(long generation, List<CandidateRow> rows) {
        return new Pool(generation, rows);
    }

    private void add(int i, CandidateRow r) {
        profileIds[i] = r.profileId();
        personIds[i] = r.personId();
        office[i] = officeIds.computeIfAbsent(r.officeId(), k -> officeIds.size());
        occupations[i] = r.occupations().stream().mapToInt(Integer::parseInt).toArray();
        skills[i] = r.skills().stream()
                .mapToInt(s -> skillIds.computeIfAbsent(s, k -> skillIds.size()))
                .sorted()
                .distinct()
                .toArray();
        languages[i] = r.languages().stream().mapToInt(this::packLanguage).toArray();
        availability[i] =
                r.availability().stream().mapToInt(a -> 1 << a.ordinal()).reduce(0, (a, b) -> a | b);
        availableFrom[i] =
                r.availableFrom() == null ? NO_DATE : (int) r.availableFrom().toEpochDay();
        residence[i] = country(r.residence());
        origin[i] = country(r.origin());
        experience[i] = r.experienceYears();
    }

    private int packLanguage(SpokenLanguage l) {
        return languageIds.computeIfAbsent(l.language(), k -> languageIds.size()) << 3
                | l.level().rank();
    }

    int country(String code) {
        return countryIds.computeIfAbsent(code, k -> countryIds.size());
    }

    /** The id of a value no candidate has: it can never match. */
    static int idOr(Map<String, Integer> ids, String key) {
        return ids.getOrDefault(key, -1);
    }

    public int size() {
        return size;
    }

    public long generation() {
        return generation;
    }

    public UUID profileId(int i) {
        return profileIds[i];
    }

    public UUID personId(int i) {
        return personIds[i];
    }

    /** The office indexes of these office ids, for a scope filter ({@code null} entries are skipped). */
    public java.util.BitSet officeMask(List<UUID> offices) {
        java.util.BitSet mask = new java.util.BitSet();
        for (UUID o : offices) {
            Integer id = officeIds.get(o);
            if (id != null) mask.set(id);
        }
        return mask;
    }

    boolean hasSkill(int i, int skill) {
        return skill >= 0 && Arrays.binarySearch(skills[i], skill) >= 0;
    }

    static int epochDay(LocalDate d) {
        return (int) d.toEpochDay();
    }
}
