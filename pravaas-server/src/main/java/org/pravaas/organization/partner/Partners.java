package org.pravaas.organization.partner;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Filters;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization.partner table with its contacts and agreements. */
@Repository
class Partners {
    private static final String SELECT =
            """
            select p.*, o.code as office_code, o.path as office_path from organization.partner p
              join organization.office o on o.id = p.office_id""";
    private static final Map<String, String> SORTS =
            Map.of("name", "lower(p.name)", "type", "p.type", "country", "p.country", "office", "o.code");

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the partner list. */
    record Query(@Nullable PartnerType type, @Nullable String country, @Nullable UUID onlyPartner) {}

    Optional<Partner> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = :id")
                .param("id", id)
                .query(Partners::map)
                .optional();
    }

    Page<Partner> search(String scopePath, Query query, PageRequest page) {
        return new Filters()
                .always("o.path like :scope", "scope", scopePath + "%")
                .and("(lower(p.name) like :q or lower(p.acronym) like :q)", "q", page.likePattern())
                .and(
                        "p.type = :type",
                        "type",
                        query.type() == null ? null : query.type().name())
                .and("p.country = :country", "country", query.country())
                .and("p.id = :only", "only", query.onlyPartner())
                .page(jdbc, SELECT, page, SORTS, "name", Partners::map);
    }

    long count(String scopePath) {
        return jdbc.sql("select count(*) from organization.partner p join organization.office o on o.id = p.office_id"
                        + " where o.path like :scope")
                .param("scope", scopePath + "%")
                .query(Long.class)
                .single();
    }

    void insert(UUID id, PartnerCommand c) {
        jdbc.sql(
                        """
                insert into organization.partner (id, name, acronym, type, country, office_id, website)
                values (:id, :name, :acronym, :type, :country, :officeId, :website)
                """)
                .param("id", id)
                .params(columns(c))
                .update();
    }

    boolean update(UUID id, long version, PartnerCommand c) {
        return jdbc.sql(
                                """
                update organization.partner set name = :name, acronym = :acronym, type = :type, country = :country,
                       office_id = :officeId, website = :website, version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
                        .param("id", id)
                        .param("version", version)
                        .params(columns(c))
                        .update()
                == 1;
    }

    List<Contact> contacts(UUID partner) {
        return jdbc.sql("select * from organization.partner_contact where partner_id = :p order by lower(name)")
                .param("p", partner)
                .query((rs, n) -> new Contact(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getString("email"),
                        rs.getString("phone")))
                .list();
    }

    void addContact(UUID id, UUID partner, Contact c) {
        jdbc.sql(
                        """
                insert into organization.partner_contact (id, partner_id, name, title, email, phone)
                values (:id, :partner, :name, :title, :email, :phone)
                """)
                .param("id", id)
                .param("partner", partner)
                .param("name", c.name().strip())
                .param("title", blankToNull(c.title()))
                .param("email", blankToNull(c.email()))
                .param("phone", blankToNull(c.phone()))
                .update();
    }

    List<Agreement> agreements(UUID partner) {
        return jdbc.sql("select * from organization.partner_agreement where partner_id = :p order by starts_on desc")
                .param("p", partner)
                .query((rs, n) -> new Agreement(
                        rs.getObject("id", UUID.class),
                        AgreementType.valueOf(rs.getString("type")),
                        rs.getString("reference"),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on") == null
                                ? null
                                : rs.getDate("ends_on").toLocalDate()))
                .list();
    }

    void addAgreement(UUID id, UUID partner, Agreement a) {
        jdbc.sql(
                        """
                insert into organization.partner_agreement (id, partner_id, type, reference, starts_on, ends_on)
                values (:id, :partner, :type, :reference, :startsOn, :endsOn)
                """)
                .param("id", id)
                .param("partner", partner)
                .param("type", a.type().name())
                .param("reference", a.reference().strip())
                .param("startsOn", Date.valueOf(a.startsOn()))
                .param("endsOn", a.endsOn() == null ? null : Date.valueOf(a.endsOn()))
                .update();
    }

    private static Map<String, Object> columns(PartnerCommand c) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", c.name().strip());
        values.put("acronym", blankToNull(c.acronym()));
        values.put("type", c.type().name());
        values.put("country", blankToNull(c.country()));
        values.put("officeId", c.officeId());
        values.put("website", blankToNull(c.website()));
        return values;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Partner map(ResultSet rs, int row) throws SQLException {
        return new Partner(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("acronym"),
                PartnerType.valueOf(rs.getString("type")),
                rs.getString("country"),
                rs.getObject("office_id", UUID.class),
                rs.getString("office_code"),
                rs.getString("website"),
                rs.getLong("version"));
    }
}
