package org.pravaas.voting.count;

import java.util.Locale;

/**
 * Where a station's result form stands. The first copy waits for the second; copies that differ
 * go to quality control; agreed figures that fail reconciliation are quarantined; an auditor
 * clears a quarantined form (counted) or excludes it.
 */
public enum FormStatus {
    AWAITING_SECOND,
    QUALITY_CONTROL,
    QUARANTINED,
    COUNTED,
    EXCLUDED;

    public String messageKey() {
        return "voting.form.status." + name().toLowerCase(Locale.ROOT);
    }
}
