package org.pravaas.health.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pravaas.health.Fitness;
import org.pravaas.health.assessment.Assessment;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentStatus;
import org.pravaas.health.assessment.Births;
import org.pravaas.health.assessment.Findings;
import org.pravaas.health.assessment.ResultDatePolicy;
import org.pravaas.health.assessment.VitalSignsPolicy;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.health.profile.VaccineRequirement;
import org.pravaas.health.vaccination.DoseDatePolicy;
import org.pravaas.health.vaccination.VaccinationService;
import org.pravaas.shared.RuleViolation.Violation;

/** The named rules of the health module, each on the case it exists for. */
class HealthPoliciesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DestinationProfile PROFILE = new DestinationProfile(
            UUID.randomUUID(),
            "CA-RST",
            3,
            "Canada",
            "CA",
            11,
            true,
            72,
            List.of(new VaccineRequirement("MMR", 12, null, 2), new VaccineRequirement("DTP", 2, 84, 3)),
            Instant.EPOCH,
            "test");

    private static AssessmentForm form(
            Findings.Xray xray, Findings.Smear smear, Findings.Culture culture, Findings.TbClass tb) {
        return new AssessmentForm(
                "Dr. A",
                TODAY,
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
                xray == null ? null : TODAY,
                xray,
                smear == null ? null : TODAY,
                smear,
                smear == null ? null : TODAY,
                culture,
                culture == null ? null : TODAY,
                null,
                tb,
                null,
                null,
                null);
    }

    private static Assessment assessment(AssessmentForm f) {
        return new Assessment(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                PROFILE.id(),
                AssessmentStatus.IN_PROGRESS,
                TODAY,
                "c",
                f,
                1,
                Instant.EPOCH,
                "a",
                Instant.EPOCH,
                "a");
    }

    private static List<String> keys(List<Violation> v) {
        return v.stream().map(Violation::messageKey).toList();
    }

    @Test
    void vitalSignsOfALivingPersonPassAndImpossibleOnesAreNamed() {
        var ok = new AssessmentForm(
                null,
                null,
                null,
                null,
                new BigDecimal("37.2"),
                72,
                120,
                80,
                16,
                98,
                new BigDecimal("3.4"),
                new BigDecimal("50"),
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
                null);
        assertThat(VitalSignsPolicy.check(ok)).isEmpty();
        var bad = new AssessmentForm(
                null,
                null,
                null,
                null,
                new BigDecimal("60"),
                72,
                80,
                120,
                16,
                101,
                new BigDecimal("-1"),
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
                null);
        assertThat(VitalSignsPolicy.check(bad))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("temperatureC", "oxygenSaturation", "weightKg", "diastolic");
    }

    @Test
    void aResultBeforeItsSampleOrInTheFutureIsRefused() {
        assertThat(keys(ResultDatePolicy.check(TODAY.minusDays(1), TODAY.minusDays(2), TODAY)))
                .containsExactly("health.result.before-sample");
        assertThat(keys(ResultDatePolicy.check(TODAY, TODAY.plusDays(1), TODAY)))
                .containsExactly("health.date.future");
        assertThat(ResultDatePolicy.check(TODAY.minusDays(2), TODAY, TODAY)).isEmpty();
    }

    @Test
    void aDoseBeforeTheFirstPossibleDayOfAPartialBirthDateIsRefused() {
        assertThat(keys(DoseDatePolicy.check(LocalDate.of(1989, 12, 31), "1990", TODAY)))
                .containsExactly("health.dose.before-birth");
        assertThat(DoseDatePolicy.check(LocalDate.of(1990, 1, 1), "1990", TODAY))
                .isEmpty();
        assertThat(keys(DoseDatePolicy.check(LocalDate.of(2014, 4, 30), "2014-05", TODAY)))
                .containsExactly("health.dose.before-birth");
        assertThat(DoseDatePolicy.check(LocalDate.of(2014, 4, 30), null, TODAY)).isEmpty();
    }

    @Test
    void anAdultNeedsAnXrayAChildUnderTheProfilesAgeDoesNot() {
        var noXray = assessment(form(null, null, null, Findings.TbClass.NO_TB));
        assertThat(keys(FitToTravelPolicy.check(Fitness.FIT, null, noXray, PROFILE, "1990-01-01", false, TODAY)))
                .containsExactly("health.fit.xray-missing");
        assertThat(FitToTravelPolicy.check(Fitness.FIT, null, noXray, PROFILE, "2020-01-01", false, TODAY))
                .isEmpty();
        assertThat(keys(FitToTravelPolicy.check(Fitness.FIT, null, noXray, PROFILE, null, false, TODAY)))
                .as("an unknown age counts as old enough")
                .containsExactly("health.fit.xray-missing");
    }

    @Test
    void aSuggestiveXrayNeedsSputumAndAPositiveCultureNeedsSusceptibilityAndActiveTbIsNeverFit() {
        var suggestive = assessment(form(Findings.Xray.ABNORMAL_TB, null, null, Findings.TbClass.NO_TB));
        assertThat(keys(FitToTravelPolicy.check(Fitness.FIT, null, suggestive, PROFILE, "1990", false, TODAY)))
                .containsExactly("health.fit.sputum-missing");
        var positive = assessment(form(
                Findings.Xray.ABNORMAL_TB,
                Findings.Smear.POSITIVE,
                Findings.Culture.POSITIVE,
                Findings.TbClass.ACTIVE_PULMONARY));
        assertThat(keys(FitToTravelPolicy.check(Fitness.FIT, null, positive, PROFILE, "1990", true, TODAY)))
                .containsExactlyInAnyOrder("health.fit.on-hold", "health.fit.dst-missing", "health.fit.active-tb");
        assertThat(FitToTravelPolicy.check(Fitness.NOT_FIT, null, positive, PROFILE, "1990", true, TODAY))
                .as("not fit needs no results and may be issued while on hold")
                .isEmpty();
        var cleared = assessment(form(Findings.Xray.NORMAL, null, null, Findings.TbClass.NO_TB));
        assertThat(keys(FitToTravelPolicy.check(Fitness.FIT_WITH_ESCORT, " ", cleared, PROFILE, "1990", false, TODAY)))
                .containsExactly("health.fit.conditions-required");
    }

    @Test
    void dueVaccinesFollowTheAgeInMonths() {
        var due = VaccinationService.due(PROFILE, "2024-11-24", List.of(), TODAY);
        assertThat(due).extracting(d -> d.vaccine()).containsExactlyInAnyOrder("MMR", "DTP");
        assertThat(VaccinationService.due(PROFILE, "1990", List.of(), TODAY))
                .extracting(d -> d.vaccine())
                .containsExactly("MMR");
        assertThat(Births.years("2015-11-25", TODAY)).contains(10);
    }
}
