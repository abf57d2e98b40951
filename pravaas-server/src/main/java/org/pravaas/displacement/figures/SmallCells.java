package org.pravaas.displacement.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression for published figures. A count from 1 to threshold − 1 could single
 * out a household, so it is withheld (null). Withholding one cell of a group whose total is
 * known is not enough — total minus the others gives it back — so when a group has exactly one
 * withheld cell, the smallest other non-zero cell is withheld too (complementary suppression).
 * Zero is shown: it identifies nobody.
 */
public final class SmallCells {
    private final int threshold;

    public SmallCells(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public boolean small(long value) {
        return value > 0 && value < threshold;
    }

    /** One cell on its own. */
    public @Nullable Long cell(long value) {
        return small(value) ? null : value;
    }

    /** Cells that add up to a published (or recoverable) total. */
    public List<@Nullable Long> group(long... values) {
        boolean[] hidden = new boolean[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            hidden[i] = small(values[i]);
            count += hidden[i] ? 1 : 0;
        }
        if (count == 1 && values.length > 1) {
            int smallest = -1;
            for (int i = 0; i < values.length; i++) {
                if (!hidden[i] && values[i] > 0 && (smallest < 0 || values[i] < values[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        List<@Nullable Long> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(hidden[i] ? null : values[i]);
        }
        return out;
    }

    /** {@link #group} of a list. */
    public List<@Nullable Long> group(List<Long> values) {
        return group(values.stream().mapToLong(Long::longValue).toArray());
    }

    @Override
    public String toString() {
        return "SmallCells" + Arrays.toString(new int[] {threshold});
    }
}
