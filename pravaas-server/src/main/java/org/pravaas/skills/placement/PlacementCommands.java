package org.pravaas.skills.placement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The commands a placement takes, each validated at the edge and then by the placement's rules. */
public final class PlacementCommands {
    private PlacementCommands() {}

    /** Offers a candidate a place on an opening for the contract dates. */
    public record Offer(
            @NotNull @Nullable UUID openingId,
            @NotNull @Nullable UUID profileId,
            @NotNull @Nullable LocalDate startsOn,
            @NotNull @Nullable LocalDate endsOn) {}

    /** Asks the movement module for the journey out (and back, for a temporary placement). */
    public record Travel(@NotNull @Nullable LocalDate departOn, @Nullable LocalDate returnOn) {}

    public record Pay(
            @NotNull @Nullable PaymentKind kind,
            @NotNull @DecimalMin("0.01") @Nullable BigDecimal amount,
            @NotBlank @Size(min = 3, max = 3) @Nullable String currency,
            @NotNull @Nullable LocalDate paidOn,
            @NotNull @Nullable LocalDate periodFrom,
            @NotNull @Nullable LocalDate periodTo) {

        public static Pay blank() {
            return new Pay(PaymentKind.SALARY_SUPPLEMENT, null, "USD", null, null, null);
        }
    }

    public record Report(
            @NotNull @Nullable LocalDate reportedOn,
            @NotBlank @Size(max = 200) @Nullable String author,
            @NotNull @Min(1) @Max(5) @Nullable Integer rating,
            @NotBlank @Size(max = 4000) @Nullable String text) {

        public static Report blank() {
            return new Report(null, null, 4, null);
        }
    }

    /** Closes a placement: {@code endedOn} before the contract's end means it ended early. */
    public record Evaluate(
            @NotNull @Nullable Outcome outcome,
            @NotNull @Min(1) @Max(5) @Nullable Integer rating,
            boolean stays,
            @Nullable LocalDate endedOn,
            @NotBlank @Size(max = 4000) @Nullable String text) {

        public static Evaluate blank() {
            return new Evaluate(Outcome.OBJECTIVES_MET, 4, false, null, null);
        }
    }
}
