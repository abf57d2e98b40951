package org.pravaas.shared.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules both readers share for the header and the width of each row. */
final class RowShape {
    private RowShape() {}

    /**
     * Header names trimmed (people pad them by accident); empty columns after the last name dropped.
     * Refuses a header without any name.
     */
    static List<String> header(@Nullable List<String> cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells == null ? List.<String>of() : cells) {
            names.add(cell.strip());
        }
        int width = filledWidth(names);
        if (width == 0) {
            throw new TabularFileException("file.no-header", 0);
        }
        return List.copyOf(names.subList(0, width));
    }

    static boolean isBlank(List<String> cells) {
        return filledWidth(cells) == 0;
    }

    /**
     * The row padded with "" to the header's width. Empty cells past the header are ignored (a
     * trailing delimiter, a formatted but empty cell); a value there is refused, since it belongs
     * to no column and is most likely a shifted row.
     */
    static List<String> fit(List<String> cells, int width, int rowNumber) {
        int filled = filledWidth(cells);
        if (filled > width) {
            throw new TabularFileException("file.too-many-cells", rowNumber, rowNumber, filled, width);
        }
        if (cells.size() == width) {
            return List.copyOf(cells);
        }
        List<String> fitted = new ArrayList<>(width);
        fitted.addAll(cells.subList(0, Math.min(cells.size(), width)));
        fitted.addAll(Collections.nCopies(width - fitted.size(), ""));
        return List.copyOf(fitted);
    }

    private static int filledWidth(List<String> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isEmpty()) {
            width--;
        }
        return width;
    }
}
