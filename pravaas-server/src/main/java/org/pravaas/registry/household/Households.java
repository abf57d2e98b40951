package org.pravaas.registry.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.registry.person.Persons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households and memberships in {@code registry.household} and {@code registry.household_member}. */
@Repository
class Households {
    private final JdbcClient jdbc;
    private final Persons persons;

    Households(JdbcClient jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    void insert(UUID id, UUID office, String reference, String name, String by) {
        jdbc.sql(
                        """
                insert into registry.household (id, office_id, reference, name, created_by)
                values (:id, :office, :reference, :name, :by)
                """)
                .param("id", id)
                .param("office", office)
                .param("reference", reference)
                .param("name", name)
                .param("by", by)
                .update();
    }

    Optional<Household> find(UUID id) {
        return jdbc.sql("select id, office_id, reference, name from registry.household where id = :id")
                .param("id", id)
                .query((rs, n) -> new Household(
                        rs.getObject("id", UUID.class),
                        rs.getObject("office_id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("name"),
                        members(id)))
                .optional();
    }

    List<Household.Member> members(UUID household) {
        return jdbc.sql(
                        """
                select m.person_id, p.reference, p.display_name, p.birth_date, m.relationship, m.joined_on, m.left_on
                from registry.household_member m join registry.person p on p.id = m.person_id
                where m.household_id = :id order by m.left_on nulls first, m.relationship = 'HEAD' desc, m.joined_on
                """)
                .param("id", household)
                .query((rs, n) -> new Household.Member(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        Relationship.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    List<Membership> of(UUID person) {
        return jdbc.sql(
                        """
                select h.id, h.reference, h.name, m.relationship, m.joined_on, m.left_on
                from registry.household_member m join registry.household h on h.id = m.household_id
                where m.person_id = :person order by m.joined_on desc
                """)
                .param("person", person)
                .query((rs, n) -> new Membership(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        Relationship.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** Households of these offices whose name or reference contains the text, newest first. */
    List<Household> search(List<UUID> offices, @org.jspecify.annotations.Nullable String q, int limit) {
        return jdbc.sql(
                        """
                select id, office_id, reference, name from registry.household
                where office_id = any(:offices) and (cast(:q as text) is null or name ilike :like or reference ilike :like)
                order by created_at desc limit :limit
                """)
                .param("offices", offices.toArray(UUID[]::new))
                .param("q", q)
                .param("like", q == null ? "" : "%" + q.replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query((rs, n) -> new Household(
                        rs.getObject("id", UUID.class),
                        rs.getObject("office_id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("name"),
                        List.of()))
                .list();
    }

    void addMember(UUID household, UUID person, Relationship relationship, LocalDate joinedOn) {
        jdbc.sql(
                        """
                insert into registry.household_member (household_id, person_id, relationship, joined_on)
                values (:h, :p, :r, :joined)
                """)
                .param("h", household)
                .param("p", person)
                .param("r", relationship.name())
                .param("joined", joinedOn)
                .update();
    }

    int endMembership(UUID household, UUID person, LocalDate leftOn) {
        return jdbc.sql(
                        """
                update registry.household_member set left_on = :left
                where household_id = :h and person_id = :p and left_on is null and joined_on <= :left
                """)
                .param("h", household)
                .param("p", person)
                .param("left", leftOn)
                .update();
    }

    /** Household numbers count per office in the reference counter's year 0, apart from people's numbers. */
    String nextReference(UUID office, String officeCode) {
        return "%s-H-%06d".formatted(officeCode, persons.reserveReferences(office, 0, 1));
    }
}
