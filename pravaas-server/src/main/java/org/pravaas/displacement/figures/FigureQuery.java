package org.pravaas.displacement.figures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the published figures, named as partners' clients send them. */
public record FigureQuery(
        @Nullable String operation,
        @Nullable String admin0Pcode,
        @Nullable String admin1Pcode,
        @Nullable Integer roundNumber,
        @Nullable LocalDate fromDate,
        @Nullable LocalDate toDate) {

    public static FigureQuery all() {
        return new FigureQuery(null, null, null, null, null, null);
    }

    boolean matches(AreaFigure f, String operationCode) {
        return (operation == null || operation.equalsIgnoreCase(operationCode))
                && (admin0Pcode == null || admin0Pcode.equalsIgnoreCase(f.admin0Pcode()))
                && (admin1Pcode == null || admin1Pcode.equalsIgnoreCase(f.admin1Pcode()))
                && (roundNumber == null || roundNumber == f.roundNumber())
                && (fromDate == null || !f.reportingDate().isBefore(fromDate))
                && (toDate == null || !f.reportingDate().isAfter(toDate));
    }
}
