package org.pravaas.voting.count;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One clerk's copy of a station's result form: the ballot account and the votes of each
 * choice, in ballot order.
 */
public record FormEntry(
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer ballotsReceived,
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer ballotsIssued,
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer spoiled,
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer unused,
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer invalid,
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer valid,
        @Nullable List<@NotNull @Min(0) @Max(1_000_000) Integer> votes) {

    public static FormEntry blank() {
        return new FormEntry(null, null, null, null, null, null, List.of());
    }

    Figures figures() {
        return new Figures(
                Objects.requireNonNull(ballotsReceived),
                Objects.requireNonNull(ballotsIssued),
                Objects.requireNonNull(spoiled),
                Objects.requireNonNull(unused),
                Objects.requireNonNull(invalid),
                Objects.requireNonNull(valid),
                votes == null ? List.of() : votes);
    }
}
