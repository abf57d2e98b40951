package org.pravaas.health.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.Fitness;
import org.pravaas.health.assessment.Assessment;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentStatus;
import org.pravaas.health.assessment.Births;
import org.pravaas.health.assessment.Findings;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * A traveller is declared fit only when nothing holds them and the profile's required results are
 * in: examined by a physician, a chest X-ray from the profile's age (or when the age is unknown),
 * sputum smear and culture when the X-ray suggests tuberculosis, drug susceptibility for a
 * positive culture, a TB classification that is not active disease. "Not fit" needs none of it.
 */
public final class FitToTravelPolicy {
    private FitToTravelPolicy() {}

    public static List<Violation> check(
            Fitness fitness,
            @Nullable String conditions,
            Assessment assessment,
            DestinationProfile profile,
            @Nullable String birthDate,
            boolean onHold,
            LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (assessment.status() == AssessmentStatus.CANCELLED) {
            out.add(new Violation("", "health.assessment.cancelled"));
            return out;
        }
        if (fitness == Fitness.NOT_FIT) return out;
        if (fitness == Fitness.FIT_WITH_ESCORT && (conditions == null || conditions.isBlank())) {
            out.add(new Violation("conditions", "health.fit.conditions-required"));
        }
        if (onHold) out.add(new Violation("", "health.fit.on-hold"));
        out.addAll(requiredResults(assessment.findings(), profile, birthDate, today));
        return out;
    }

    public static List<Violation> requiredResults(
            AssessmentForm f, DestinationProfile profile, @Nullable String birthDate, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (!f.examined()) out.add(new Violation("", "health.fit.not-examined"));
        int age = Births.years(birthDate, today).orElse(Integer.MAX_VALUE);
        if (age >= profile.xrayFromAge() && f.xrayResult() == null) {
            out.add(new Violation("", "health.fit.xray-missing", profile.label(), profile.xrayFromAge()));
        }
        if (f.xrayResult() == Findings.Xray.ABNORMAL_TB
                && profile.sputumWhenXrayAbnormal()
                && (f.smearResult() == null || f.cultureResult() == null)) {
            out.add(new Violation("", "health.fit.sputum-missing", profile.label()));
        }
        if (f.cultureResult() == Findings.Culture.POSITIVE && f.dstResult() == null) {
            out.add(new Violation("", "health.fit.dst-missing"));
        }
        if (f.tbClass() == null) {
            out.add(new Violation("", "health.fit.tb-class-missing"));
        } else if (f.tbClass().active()) {
            out.add(new Violation("", "health.fit.active-tb"));
        }
        return out;
    }
}
