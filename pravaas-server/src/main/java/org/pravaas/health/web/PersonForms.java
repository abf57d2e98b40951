package org.pravaas.health.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a person's health page. */
final class PersonForms {
    private PersonForms() {}

    /** Put the person on a clinic's worklist. */
    record Schedule(
            @NotNull(message = "{validation.required}") @Nullable UUID profileId,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate scheduledOn,
            @Size(max = 120, message = "{validation.too-long}") @Nullable String clinic) {}

    /** Place a hold, with its reason. */
    record PlaceHold(@Size(max = 1000, message = "{validation.too-long}") @Nullable String reason) {}

    /** Open the clinical record, saying why. */
    record Glass(@Size(max = 1000, message = "{validation.too-long}") @Nullable String reason) {}

    /** Start directly observed treatment. */
    record StartTreatment(
            @Size(max = 200, message = "{validation.too-long}") @Nullable String regimen,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startedOn) {}
}
