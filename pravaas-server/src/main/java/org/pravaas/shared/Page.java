package org.pravaas.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results and where it stands in the whole. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {
    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
