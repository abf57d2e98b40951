package org.pravaas.health.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * A result comes after its sample, nothing is dated in the future, and a result needs the date it
 * came back: the order of events a laboratory report can have.
 */
public final class ResultDatePolicy {
    private ResultDatePolicy() {}

    public static List<Violation> check(AssessmentForm f, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        notFuture(out, "examinedOn", f.examinedOn(), today);
        notFuture(out, "xrayOn", f.xrayOn(), today);
        notFuture(out, "sputumSampledOn", f.sputumSampledOn(), today);
        notFuture(out, "smearResultedOn", f.smearResultedOn(), today);
        notFuture(out, "cultureResultedOn", f.cultureResultedOn(), today);
        if (f.xrayResult() != null && f.xrayOn() == null) {
            out.add(new Violation("xrayOn", "health.result.date-required"));
        }
        result(out, "smearResultedOn", f.smearResult() != null, f.sputumSampledOn(), f.smearResultedOn());
        result(out, "cultureResultedOn", f.cultureResult() != null, f.sputumSampledOn(), f.cultureResultedOn());
        return out;
    }

    /** A laboratory result of its own: resulted on or after the sample, neither in the future. */
    public static List<Violation> check(LocalDate sampledOn, LocalDate resultedOn, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        notFuture(out, "sampledOn", sampledOn, today);
        notFuture(out, "resultedOn", resultedOn, today);
        if (resultedOn.isBefore(sampledOn)) {
            out.add(new Violation("resultedOn", "health.result.before-sample", resultedOn, sampledOn));
        }
        return out;
    }

    private static void result(
            List<Violation> out, String field, boolean hasResult, @Nullable LocalDate sampled, @Nullable LocalDate on) {
        if (!hasResult) return;
        if (sampled == null) {
            out.add(new Violation("sputumSampledOn", "health.result.sample-required"));
        } else if (on == null) {
            out.add(new Violation(field, "health.result.date-required"));
        } else if (on.isBefore(sampled)) {
            out.add(new Violation(field, "health.result.before-sample", on, sampled));
        }
    }

    private static void notFuture(List<Violation> out, String field, @Nullable LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            out.add(new Violation(field, "health.date.future"));
        }
    }
}
