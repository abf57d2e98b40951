package org.pravaas.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause built from optional filters: a filter whose value is absent adds nothing.
 * Every value travels as a named parameter.
 */
public final class Filters {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Filters and(String condition, String name, @Nullable Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    public Filters always(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * Runs {@code select ... from ...} (without WHERE) with these filters, returning the page the
     * request asks for and the total count.
     */
    public <T> Page<T> page(
            JdbcClient jdbc,
            String selectFrom,
            PageRequest request,
            Map<String, String> sortColumns,
            String defaultSort,
            RowMapper<T> mapper) {
        String countSql = "select count(*) from (" + selectFrom + where() + ") counted";
        long total = bind(jdbc.sql(countSql)).query(Long.class).single();
        String sql = selectFrom + where() + request.orderBy(sortColumns, defaultSort) + " limit :limit offset :offset";
        List<T> items = bind(jdbc.sql(sql))
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(mapper)
                .list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Streams every row matching these filters, in the request's order, for exports. */
    public <T> List<T> all(
            JdbcClient jdbc,
            String selectFrom,
            PageRequest request,
            Map<String, String> sortColumns,
            String defaultSort,
            RowMapper<T> mapper) {
        String sql = selectFrom + where() + request.orderBy(sortColumns, defaultSort);
        return bind(jdbc.sql(sql)).query(mapper).list();
    }

    /** The ids {@code selectId} (without WHERE) finds with these filters, in the given order, at most {@code limit}. */
    public List<java.util.UUID> ids(JdbcClient jdbc, String selectId, String orderBy, int limit) {
        return bind(jdbc.sql(selectId + where() + orderBy + " limit :limit"))
                .param("limit", limit)
                .query(java.util.UUID.class)
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        params.forEach(spec::param);
        return spec;
    }
}
