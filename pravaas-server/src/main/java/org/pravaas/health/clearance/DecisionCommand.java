package org.pravaas.health.clearance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.Fitness;

/** A physician's fit-to-travel decision; {@code conditions} names the escort or equipment when fit with escort. */
public record DecisionCommand(
        @NotNull(message = "{validation.required}") @Nullable Fitness fitness,
        @Size(max = 500, message = "{validation.too-long}") @Nullable String conditions) {
    public static DecisionCommand blank() {
        return new DecisionCommand(Fitness.FIT, null);
    }
}
