package org.pravaas.displacement.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One published figure at admin level 0, 1 or 2, in the shape partners already read from the
 * public displacement-tracking APIs. A withheld small cell is {@code null}, and is written as null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AreaFigure(
        String operation,
        String admin0Name,
        String admin0Pcode,
        @Nullable String admin1Name,
        @Nullable String admin1Pcode,
        @Nullable String admin2Name,
        @Nullable String admin2Pcode,
        @Nullable Long numPresentIdpInd,
        LocalDate reportingDate,
        int roundNumber,
        String displacementReason,
        @Nullable Long numberMales,
        @Nullable Long numberFemales,
        @Nullable String idpOriginAdmin1Name,
        String assessmentType) {}
