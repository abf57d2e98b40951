package org.pravaas.shared;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a list page or API call asks for: page number (from 0), page size, a sort key and its
 * direction, and a free-text query. The sort key is checked against the columns a repository
 * allows, so it can never reach SQL unchecked.
 */
public record PageRequest(int page, int size, @Nullable String sort, boolean ascending, @Nullable String query) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        query = query == null || query.isBlank() ? null : query.strip();
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true, null);
    }

    public int offset() {
        return page * size;
    }

    /** The SQL ORDER BY clause for this request, using only the columns in {@code allowed}. */
    public String orderBy(Map<String, String> allowed, String defaultKey) {
        String column = allowed.getOrDefault(sort == null ? defaultKey : sort, allowed.get(defaultKey));
        return " order by " + column + (ascending ? " asc" : " desc") + " nulls last";
    }

    /** The query as a case-insensitive LIKE pattern, with the user's wildcards escaped. */
    public @Nullable String likePattern() {
        if (query == null) {
            return null;
        }
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public PageRequest withPage(int other) {
        return new PageRequest(other, size, sort, ascending, query);
    }
}
