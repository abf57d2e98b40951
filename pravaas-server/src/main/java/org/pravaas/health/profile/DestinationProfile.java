package org.pravaas.health.profile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a destination's requirements: a chest X-ray from {@code xrayFromAge} years,
 * sputum smear and culture when the X-ray suggests tuberculosis, vaccines by age, and how many
 * hours a fit-to-travel decision stays valid.
 */
public record DestinationProfile(
        UUID id,
        String code,
        int version,
        String name,
        String country,
        int xrayFromAge,
        boolean sputumWhenXrayAbnormal,
        int fitValidHours,
        List<VaccineRequirement> vaccines,
        Instant createdAt,
        String createdBy) {
    public DestinationProfile {
        vaccines = List.copyOf(vaccines);
    }

    /** {@code US-RST v2}: how a clearance names the version it was assessed against. */
    public String label() {
        return code + " v" + version;
    }
}
