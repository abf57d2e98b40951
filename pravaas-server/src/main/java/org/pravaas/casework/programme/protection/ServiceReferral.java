package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A referral of a protected person to a service provider. */
public record ServiceReferral(
        UUID id, UUID caseId, Service service, String provider, LocalDate referredOn, Status status, long version) {

    public enum Service {
        SHELTER,
        MEDICAL,
        PSYCHOSOCIAL,
        LEGAL,
        EDUCATION,
        LIVELIHOOD,
        RETURN
    }

    public enum Status {
        REFERRED,
        ACCEPTED,
        IN_PROGRESS,
        COMPLETED,
        DECLINED
    }
}
