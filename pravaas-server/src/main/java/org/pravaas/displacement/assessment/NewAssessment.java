package org.pravaas.displacement.assessment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A checked assessment with its locations resolved, ready to store. */
record NewAssessment(
        UUID id,
        UUID roundId,
        String submissionId,
        AssessmentCommand command,
        int areaId,
        @Nullable Integer siteId,
        @Nullable Integer originAreaId,
        String enteredBy) {}
