package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A risk assessment: a level per domain, the overall level, and when to look again. */
public record Risk(
        UUID id,
        UUID caseId,
        LocalDate assessedOn,
        Level safety,
        Level retrafficking,
        Level retaliation,
        Level health,
        Level overall,
        LocalDate reviewOn,
        String assessedBy) {

    public enum Level {
        LOW,
        MEDIUM,
        HIGH
    }
}
