package org.pravaas.health.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.RuleViolation.Violation;

/**
 * Vital signs a living person can have: anything outside these bounds is a typing error (60 °C,
 * a negative weight), refused with the range so the physician sees what was meant.
 */
public final class VitalSignsPolicy {
    private VitalSignsPolicy() {}

    public static List<Violation> check(AssessmentForm f) {
        List<Violation> out = new ArrayList<>();
        range(out, "temperatureC", f.temperatureC(), "30", "45");
        range(out, "pulse", f.pulse(), "20", "250");
        range(out, "systolic", f.systolic(), "50", "300");
        range(out, "diastolic", f.diastolic(), "20", "200");
        range(out, "respiratoryRate", f.respiratoryRate(), "4", "80");
        range(out, "oxygenSaturation", f.oxygenSaturation(), "50", "100");
        range(out, "weightKg", f.weightKg(), "0.3", "400");
        range(out, "heightCm", f.heightCm(), "20", "260");
        if (f.systolic() != null && f.diastolic() != null && f.diastolic() >= f.systolic()) {
            out.add(new Violation("diastolic", "health.vital.diastolic-above-systolic"));
        }
        return out;
    }

    private static void range(List<Violation> out, String field, @Nullable Number value, String min, String max) {
        if (value == null) return;
        BigDecimal v = new BigDecimal(value.toString());
        if (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0) {
            out.add(new Violation(field, "health.vital.out-of-range", value.toString(), min, max));
        }
    }
}
