package org.pravaas.registry.demo;

import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.NameKeys;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.registry.mrz.Mrz;
import org.pravaas.registry.mrz.MrzDate;
import org.pravaas.registry.mrz.MrzFormat;
import org.pravaas.registry.mrz.MrzSex;
import org.pravaas.registry.person.Persons;
import org.pravaas.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the import does not bring: machine-readable zones for the demo passports, and households. */
@Component
class DemoExtras {
    private static final int HOUSEHOLDS = 300;

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final Persons persons;

    DemoExtras(JdbcClient jdbc, OfficeDirectory offices, Persons persons) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.persons = persons;
    }

    @Transactional
    void addZonesAndHouseholds() {
        passports();
        households();
    }

    private record Passport(
            UUID id,
            String country,
            String number,
            String given,
            String family,
            LocalDate birth,
            String sex,
            LocalDate created) {}

    private void passports() {
        List<Passport> all = jdbc.sql(
                        """
                select d.id, d.issuing_country, d.number, coalesce(n.given, ''), coalesce(n.family, ''), p.birth_date,
                  p.sex, p.created_at::date
                from registry.document d join registry.person p on p.id = d.person_id
                join registry.person_name n on n.person_id = p.id and n.position = 0
                where d.kind = 'PASSPORT' and p.birth_precision = 'DAY'
                """)
                .query((rs, n) -> new Passport(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .list();
        for (Passport p : all) {
            LocalDate expires =
                    p.created().plusYears(1 + Math.floorMod(p.number().hashCode(), 9));
            String zone = zone(p, expires);
            jdbc.sql(
                            "update registry.document set mrz = :mrz, expires_on = :expires, issued_on = :issued where id = :id")
                    .param("mrz", zone)
                    .param("expires", expires)
                    .param("issued", expires.minusYears(10))
                    .param("id", p.id())
                    .update();
        }
    }

    private static @Nullable String zone(Passport p, LocalDate expires) {
        String state = alpha3(p.country());
        if (state == null || p.number().length() > 9) return null;
        MrzSex sex = p.sex().equals("F") ? MrzSex.FEMALE : p.sex().equals("M") ? MrzSex.MALE : MrzSex.UNSPECIFIED;
        try {
            return Mrz.compose(new Mrz(
                    MrzFormat.TD3,
                    "P",
                    state,
                    p.number(),
                    state,
                    MrzDate.of(p.birth()),
                    sex,
                    expires,
                    latin(p.family()),
                    latin(p.given()),
                    "",
                    ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String latin(String name) {
        return NameKeys.of(name)
                .filter(k -> !k.script().equals("LATIN"))
                .map(k -> k.latinReadings().get(0))
                .orElse(name);
    }

    private static @Nullable String alpha3(String alpha2) {
        try {
            return new ULocale("", alpha2).getISO3Country();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Member(UUID id, UUID office, String family, LocalDate birth, String sex) {}

    /** Households of people who share a family name in one office: head, spouse, children, others. */
    private void households() {
        List<Member> people = jdbc.sql(
                        """
                select p.id, p.office_id, lower(n.latin), p.birth_date, p.sex
                from registry.person p join registry.person_name n on n.person_id = p.id and n.position = 0
                where p.birth_date is not null and n.family is not null
                order by p.office_id, lower(split_part(n.latin, ' ', -1)), p.birth_date
                """)
                .query((rs, n) -> new Member(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        familyOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
        List<Member> group = new ArrayList<>();
        int made = 0;
        for (Member m : people) {
            if (!group.isEmpty()
                    && (!group.get(0).office().equals(m.office())
                            || !group.get(0).family().equals(m.family()))) {
                if (group.size() >= 2 && group.size() <= 6 && made < HOUSEHOLDS) made += household(group);
                group = new ArrayList<>();
            }
            group.add(m);
        }
    }

    private static String familyOf(String latin) {
        String[] words = latin.split(" ");
        return words[words.length - 1];
    }

    private int household(List<Member> members) {
        Member head = members.get(0);
        UUID id = Ids.newId();
        String code = offices.code(head.office());
        int n = persons.reserveReferences(head.office(), 0, 1);
        String name =
                head.family().substring(0, 1).toUpperCase() + head.family().substring(1);
        jdbc.sql(
                        "insert into registry.household (id, office_id, reference, name, created_by) values (:id, :o, :r, :n, 'demo')")
                .param("id", id)
                .param("o", head.office())
                .param("r", "%s-H-%06d".formatted(code, n))
                .param("n", name)
                .update();
        for (Member m : members) {
            jdbc.sql(
                            """
                    insert into registry.household_member (household_id, person_id, relationship, joined_on)
                    values (:h, :p, :r, :joined)
                    """)
                    .param("h", id)
                    .param("p", m.id())
                    .param("r", relationship(head, m))
                    .param("joined", LocalDate.of(2024, 1, 15))
                    .update();
        }
        return 1;
    }

    private static String relationship(Member head, Member m) {
        if (m == head) return "HEAD";
        int gap = m.birth().getYear() - head.birth().getYear();
        if (gap >= 16) return "CHILD";
        if (Math.abs(gap) <= 12 && !m.sex().equals(head.sex())) return "SPOUSE";
        return Math.abs(gap) <= 12 ? "SIBLING" : "OTHER";
    }
}
