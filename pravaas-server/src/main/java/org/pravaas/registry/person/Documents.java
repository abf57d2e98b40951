package org.pravaas.registry.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents in {@code registry.document}. */
@Repository
public class Documents {
    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Document d, String by) {
        jdbc.sql(
                        """
                insert into registry.document (id, person_id, kind, issuing_country, number, number_key,
                  issued_on, expires_on, mrz, created_by)
                values (:id, :person, :kind, :country, :number, :key, :issued, :expires, :mrz, :by)
                """)
                .param("id", d.id())
                .param("person", d.personId())
                .param("kind", d.kind().name())
                .param("country", d.issuingCountry())
                .param("number", d.number())
                .param("key", Document.numberKey(d.number()))
                .param("issued", d.issuedOn())
                .param("expires", d.expiresOn())
                .param("mrz", d.mrz())
                .param("by", by)
                .update();
    }

    public List<Document> of(UUID person) {
        return ofAll(List.of(person)).getOrDefault(person, List.of());
    }

    public Map<UUID, List<Document>> ofAll(List<UUID> persons) {
        return jdbc
                .sql(
                        """
                select id, person_id, kind, issuing_country, number, issued_on, expires_on, mrz
                from registry.document where person_id = any(:ids) order by expires_on desc nulls last, created_at
                """)
                .param("ids", persons.toArray(UUID[]::new))
                .query((rs, n) -> new Document(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("issuing_country"),
                        rs.getString("number"),
                        rs.getObject("issued_on", java.time.LocalDate.class),
                        rs.getObject("expires_on", java.time.LocalDate.class),
                        rs.getString("mrz")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Document::personId));
    }

    /** Whether this person already holds this document (same kind, country and number). */
    public boolean exists(UUID person, DocumentKind kind, String country, String number) {
        return jdbc.sql(
                                """
                select count(*) from registry.document
                where person_id = :person and kind = :kind and issuing_country = :country and number_key = :key
                """)
                        .param("person", person)
                        .param("kind", kind.name())
                        .param("country", country)
                        .param("key", Document.numberKey(number))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Moves documents to another person (merge) and back (unmerge). */
    public void move(List<UUID> documents, UUID to) {
        jdbc.sql("update registry.document set person_id = :to where id = any(:ids)")
                .param("to", to)
                .param("ids", documents.toArray(UUID[]::new))
                .update();
    }
}
