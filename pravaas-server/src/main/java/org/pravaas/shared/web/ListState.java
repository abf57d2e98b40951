package org.pravaas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.PageRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of a list page as its URL says it — query, filters, sort, page — and the links
 * that change one part of it while keeping the rest, so every list sorts, pages and exports
 * the same way.
 */
public record ListState(PageRequest request, String currentUrl) {

    public static final String DIRECTION_PARAM = "dir";

    /** Reads page, size, sort, dir and q from the request. */
    public static ListState of(HttpServletRequest http) {
        PageRequest request = new PageRequest(
                intParam(http, "page", 0),
                intParam(http, "size", PageRequest.DEFAULT_SIZE),
                http.getParameter("sort"),
                !"desc".equals(http.getParameter(DIRECTION_PARAM)),
                http.getParameter("q"));
        String query = http.getQueryString();
        return new ListState(request, http.getRequestURI() + (query == null ? "" : "?" + query));
    }

    public String sortUrl(String key) {
        boolean ascending = !(key.equals(request.sort()) && request.ascending());
        return builder()
                .replaceQueryParam("sort", key)
                .replaceQueryParam(DIRECTION_PARAM, ascending ? "asc" : "desc")
                .replaceQueryParam("page")
                .build()
                .encode()
                .toUriString();
    }

    /** "asc", "desc" or "" for a column header's indicator. */
    public String sortedBy(String key) {
        return Objects.equals(key, request.sort()) ? (request.ascending() ? "asc" : "desc") : "";
    }

    public String pageUrl(int page) {
        return builder().replaceQueryParam("page", page).build().encode().toUriString();
    }

    /** The same list as a file: the path gets {@code suffix} and keeps every filter. */
    public String exportUrl(String suffix) {
        UriComponentsBuilder b = builder().replaceQueryParam("page").replaceQueryParam("size");
        String path = Objects.requireNonNull(b.build().getPath());
        return b.replacePath(path + suffix).build().encode().toUriString();
    }

    public @Nullable String query() {
        return request.query();
    }

    private UriComponentsBuilder builder() {
        return ServletUriComponentsBuilder.fromUriString(currentUrl);
    }

    private static int intParam(HttpServletRequest http, String name, int fallback) {
        try {
            String value = http.getParameter(name);
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
