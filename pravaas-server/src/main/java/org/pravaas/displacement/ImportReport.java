package org.pravaas.displacement;

import java.util.List;

/**
 * What an import did, or would have done in a dry run: rows read, rows stored, rows skipped
 * because the same submission was already stored, and each problem with its row. When there is
 * any problem nothing is stored.
 */
public record ImportReport(
        String kind,
        long rows,
        long imported,
        long duplicates,
        List<RowProblem> problems,
        boolean dryRun,
        long millis) {

    public boolean ok() {
        return problems.isEmpty();
    }

    public double rowsPerSecond() {
        return millis == 0 ? rows * 1000.0 : rows * 1000.0 / millis;
    }
}
