package org.pravaas.displacement.files;

import java.util.List;
import org.pravaas.displacement.RowProblem;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Rolls back the current transaction for a dry run or a file with problems: all or nothing. */
public final class DryRun {
    private DryRun() {}

    public static void rollbackUnlessClean(boolean dryRun, List<RowProblem> problems) {
        if (dryRun || !problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /** A form field name as the file's column is called: {@code femaleChildren} → {@code female_children}. */
    public static String column(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
