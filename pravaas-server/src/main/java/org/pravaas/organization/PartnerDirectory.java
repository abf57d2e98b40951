package org.pravaas.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Partner organisations' names for other modules' records, which keep only the partner id (e.g. a
 * case referred to a partner): names only, which any signed-in user may see.
 */
@Service
public class PartnerDirectory {
    private final JdbcClient jdbc;

    PartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A partner's id and name. */
    public record Entry(UUID id, String name) {}

    public List<Entry> all() {
        return jdbc.sql("select id, name from organization.partner order by name")
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    public Optional<String> name(UUID id) {
        return jdbc.sql("select name from organization.partner where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }
}
