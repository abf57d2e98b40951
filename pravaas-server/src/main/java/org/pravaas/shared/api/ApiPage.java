package org.pravaas.shared.api;

import java.util.List;
import org.pravaas.shared.Page;

/** A page of results as the API returns it. */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    public static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
