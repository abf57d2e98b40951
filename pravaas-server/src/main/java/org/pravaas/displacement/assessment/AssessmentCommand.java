package org.pravaas.displacement.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An assessment as an enumerator enters it (form or file row): the counts, the breakdowns
 * that must add up to the individuals, and where the people came from and why.
 *
 * @param submissionId the form's own id; a file imported twice is recognised by it
 */
public record AssessmentCommand(
        @NotNull @Nullable UUID roundId,
        @NotNull @Nullable AssessmentKind kind,
        @Size(max = 40) @Nullable String siteCode,
        @Size(max = 40) @Nullable String areaPcode,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate assessedOn,
        @NotNull @Min(0) @Max(10_000_000) @Nullable Integer households,
        @NotNull @Min(0) @Max(10_000_000) @Nullable Integer individuals,
        @NotNull @Min(0) @Nullable Integer idps,
        @NotNull @Min(0) @Nullable Integer returnees,
        @NotNull @Min(0) @Nullable Integer refugees,
        @NotNull @Min(0) @Nullable Integer host,
        @NotNull @Min(0) @Nullable Integer femaleChildren,
        @NotNull @Min(0) @Nullable Integer maleChildren,
        @NotNull @Min(0) @Nullable Integer femaleAdults,
        @NotNull @Min(0) @Nullable Integer maleAdults,
        @NotNull @Min(0) @Nullable Integer femaleElderly,
        @NotNull @Min(0) @Nullable Integer maleElderly,
        @Size(max = 40) @Nullable String originPcode,
        @NotNull @Nullable DisplacementReason reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate displacedOn,
        @Size(max = 200) @Nullable String shelter,
        @Size(max = 200) @Nullable String needs,
        @Size(max = 1000) @Nullable String comment,
        @Size(max = 80) @Nullable String submissionId) {

    public static AssessmentCommand blank(@Nullable UUID round) {
        return new AssessmentCommand(
                round,
                AssessmentKind.SITE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                DisplacementReason.CONFLICT,
                null,
                null,
                null,
                null,
                null);
    }

    int groupSum() {
        return n(idps) + n(returnees) + n(refugees) + n(host);
    }

    int sexAgeSum() {
        return females() + males();
    }

    int females() {
        return n(femaleChildren) + n(femaleAdults) + n(femaleElderly);
    }

    int males() {
        return n(maleChildren) + n(maleAdults) + n(maleElderly);
    }

    static int n(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
