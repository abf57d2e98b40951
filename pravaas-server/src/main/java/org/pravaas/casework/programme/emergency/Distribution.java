package org.pravaas.casework.programme.emergency;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Items handed to a case's beneficiary (a person, or a household) at a site. */
public record Distribution(
        UUID id,
        UUID caseId,
        UUID siteId,
        String siteName,
        @Nullable UUID personId,
        @Nullable UUID householdId,
        String itemCode,
        int quantity,
        LocalDate distributedOn) {}
