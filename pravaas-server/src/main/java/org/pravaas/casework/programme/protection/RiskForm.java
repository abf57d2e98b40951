package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A risk assessment as typed. */
public record RiskForm(
        Risk.@Nullable Level safety,
        Risk.@Nullable Level retrafficking,
        Risk.@Nullable Level retaliation,
        Risk.@Nullable Level health,
        Risk.@Nullable Level overall,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate assessedOn,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate reviewOn) {

    @Nullable
    Object value(String field) {
        return switch (field) {
            case "safety" -> safety;
            case "retrafficking" -> retrafficking;
            case "retaliation" -> retaliation;
            case "health" -> health;
            case "overall" -> overall;
            case "assessedOn" -> assessedOn;
            case "reviewOn" -> reviewOn;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The highest of the domain levels (all present once the form passed its required checks). */
    Risk.Level highestDomain() {
        return Stream.of(safety, retrafficking, retaliation, health)
                .filter(java.util.Objects::nonNull)
                .max(Enum::compareTo)
                .orElse(Risk.Level.LOW);
    }
}
