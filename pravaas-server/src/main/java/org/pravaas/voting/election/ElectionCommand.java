package org.pravaas.voting.election;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Sets up an election. {@code contestants} are the ballot's choices, one per line in ballot
 * order; {@code acceptedDocuments} the kinds of proof that count.
 */
public record ElectionCommand(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+") @Nullable String code,
        @NotBlank @Size(max = 160) @Nullable String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") @Nullable String country,
        @NotNull @Nullable ElectionKind kind,
        @NotBlank @Size(max = 20) @Nullable String officeCode,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate registrationOpens,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate registrationCloses,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate pollingStarts,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate pollingEnds,
        @NotNull @Min(0) @Max(30) @Nullable Integer minimumAge,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate ageCutoff,
        @NotNull @Min(0) @Max(5) @Nullable Integer documentsRequired,
        @NotNull @Min(0) @Max(5) @Nullable Integer documentsWithWitness,
        @Nullable List<DocumentKind> acceptedDocuments,
        boolean ownStationOnly,
        @NotBlank @Size(max = 4000) @Nullable String contestants) {

    public static ElectionCommand blank() {
        return new ElectionCommand(
                null, null, null, null, null, null, null, null, null, 18, null, 2, 1, List.of(), true, null);
    }

    List<String> contestantNames() {
        return contestants == null
                ? List.of()
                : contestants
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
