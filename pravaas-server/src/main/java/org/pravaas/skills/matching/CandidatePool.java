package org.pravaas.skills.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.LanguageLevel;
import org.pravaas.skills.profile.Profiles;
import org.pravaas.skills.profile.SpokenLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consenting profiles in memory, reloaded when the profiles' generation (bumped by every
 * profile write, on any server) has moved since the last load. A ranking reads one snapshot from
 * start to end, so a reload never changes a list half-way.
 */
@Component
public class CandidatePool {
    private final JdbcClient jdbc;
    private final Profiles profiles;
    private volatile Pool pool = Pool.of(-1, List.of());

    CandidatePool(JdbcClient jdbc, Profiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    public Pool current() {
        long generation = profiles.generation();
        Pool p = pool;
        if (p.generation() == generation) return p;
        synchronized (this) {
            if (pool.generation() != generation) pool = Pool.of(generation, load());
            return pool;
        }
    }

    private List<CandidateRow> load() {
        return jdbc.sql(
                        """
                select p.id, p.person_id, p.office_id, p.occupations, p.skills, p.availability, p.available_from,
                    p.residence_country, p.origin_country, p.experience_years,
                    array(select l.language || ':' || l.level from skills.profile_language l
                          where l.profile_id = p.id) as languages
                from skills.profile p where p.consent_contact
                """)
                .query((rs, n) -> new CandidateRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        strings(rs.getArray(4)),
                        strings(rs.getArray(5)),
                        languages(strings(rs.getArray(11))),
                        availability(strings(rs.getArray(6))),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getInt(10)))
                .list();
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }

    private static List<SpokenLanguage> languages(List<String> packed) {
        return packed.stream()
                .map(s -> s.split(":"))
                .map(a -> new SpokenLanguage(a[0], LanguageLevel.ofRank(Integer.parseInt(a[1]))))
                .toList();
    }

    private static Set<Availability> availability(List<String> names) {
        Set<Availability> set = EnumSet.noneOf(Availability.class);
        names.forEach(n -> set.add(Availability.valueOf(n)));
        return set;
    }
}
