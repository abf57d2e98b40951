package org.pravaas.health.assessment;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.assessment.Findings.Culture;
import org.pravaas.health.assessment.Findings.Dst;
import org.pravaas.health.assessment.Findings.MentalHealth;
import org.pravaas.health.assessment.Findings.Pregnancy;
import org.pravaas.health.assessment.Findings.Smear;
import org.pravaas.health.assessment.Findings.TbClass;
import org.pravaas.health.assessment.Findings.Xray;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The clinical findings of an assessment as the physician records them; every field may stay
 * empty until known. Units: °C, beats and breaths a minute, mmHg, % oxygen saturation, kg, cm.
 */
public record AssessmentForm(
        @Size(max = 120, message = "{validation.too-long}") @Nullable String physician,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate examinedOn,
        @Size(max = 4000, message = "{validation.too-long}") @Nullable String history,
        @Size(max = 4000, message = "{validation.too-long}") @Nullable String examination,
        @Nullable BigDecimal temperatureC,
        @Nullable Integer pulse,
        @Nullable Integer systolic,
        @Nullable Integer diastolic,
        @Nullable Integer respiratoryRate,
        @Nullable Integer oxygenSaturation,
        @Nullable BigDecimal weightKg,
        @Nullable BigDecimal heightCm,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate xrayOn,
        @Nullable Xray xrayResult,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sputumSampledOn,
        @Nullable Smear smearResult,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate smearResultedOn,
        @Nullable Culture cultureResult,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate cultureResultedOn,
        @Nullable Dst dstResult,
        @Nullable TbClass tbClass,
        @Nullable Pregnancy pregnancy,
        @Nullable MentalHealth mentalHealth,
        @Size(max = 1000, message = "{validation.too-long}") @Nullable String disabilities) {

    public static AssessmentForm empty() {
        return new AssessmentForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Whether the physician has examined the person (the least a decision needs). */
    public boolean examined() {
        return examinedOn != null && physician != null && !physician.isBlank();
    }
}
