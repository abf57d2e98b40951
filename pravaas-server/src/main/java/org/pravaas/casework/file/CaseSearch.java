package org.pravaas.casework.file;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case lists and exports: the user's offices (or one of them), filtered by programme, stage, status,
 * caseworker and reference. Lists show references and stages only, no personal data.
 */
@Service
public class CaseSearch {
    private static final Map<String, String> SORTS = Map.of(
            "reference",
            "c.reference",
            "programme",
            "c.programme",
            "stage",
            "c.stage",
            "entered",
            "c.stage_entered_at",
            "opened",
            "c.opened_at",
            "caseworker",
            "c.caseworker");
    private final JdbcClient jdbc;
    private final Access access;
    private final AuditLog audit;

    CaseSearch(JdbcClient jdbc, Access access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** What a case list asks for; empty values do not filter. */
    public record Filter(
            @Nullable String programme,
            @Nullable String stage,
            @Nullable String status,
            @Nullable UUID office,
            boolean mine) {}

    @Transactional(readOnly = true)
    public Page<CaseFile> search(Filter f, PageRequest page) {
        Where w = where(f, page);
        List<CaseFile> items = w.bind(jdbc.sql("select " + CaseFiles.COLUMNS + " from casework.case_file c" + w.sql
                        + page.orderBy(SORTS, "opened") + " limit :limit offset :offset"))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(CaseFiles::map)
                .list();
        long total = w.bind(jdbc.sql("select count(*) from casework.case_file c" + w.sql))
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every case the filter matches, streamed to {@code sink} (exports); the export is audited. */
    @Transactional
    public void each(Filter f, PageRequest sort, Consumer<CaseFile> sink) {
        Where w = where(f, sort);
        int[] rows = {0};
        w.bind(jdbc.sql("select " + CaseFiles.COLUMNS + " from casework.case_file c" + w.sql
                        + sort.orderBy(SORTS, "opened")))
                .query(rs -> {
                    sink.accept(CaseFiles.map(rs, rows[0]++));
                });
        audit.record(AuditEvent.of(
                        "casework.cases.exported",
                        "case",
                        "-",
                        access.current().officeId().value())
                .withDetails("rows=" + rows[0] + " programme=" + f.programme() + " status=" + f.status()));
    }

    private Where where(Filter f, PageRequest page) {
        access.requireRole(CaseRoles.READ);
        List<UUID> offices = access.officesInScope();
        if (f.office() != null) {
            offices = offices.contains(f.office()) ? List.of(f.office()) : List.of();
        }
        StringBuilder sql = new StringBuilder(" where c.office_id = any(:offices)");
        Where w = new Where(offices);
        if (f.programme() != null && !f.programme().isBlank())
            w.add(sql, " and c.programme = :programme", "programme", f.programme());
        if (f.stage() != null && !f.stage().isBlank()) w.add(sql, " and c.stage = :stage", "stage", f.stage());
        if (f.status() != null && !f.status().isBlank()) w.add(sql, " and c.status = :status", "status", f.status());
        if (f.mine())
            w.add(sql, " and c.caseworker = :me", "me", access.current().username());
        if (page.likePattern() != null) w.add(sql, " and lower(c.reference) like :q", "q", page.likePattern());
        w.sql = sql.toString();
        return w;
    }

    /** A WHERE clause and its parameters. */
    private static final class Where {
        private final Map<String, Object> params = new java.util.HashMap<>();
        private String sql = "";

        Where(List<UUID> offices) {
            params.put("offices", offices.toArray(UUID[]::new));
        }

        void add(StringBuilder sql, String clause, String name, Object value) {
            sql.append(clause);
            params.put(name, value);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }
}
