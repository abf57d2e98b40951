package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a victim of trafficking was identified, in the fields of the HTCDS. */
public record Identification(
        UUID caseId,
        List<Htcds.Exploitation> exploitation,
        List<Htcds.Control> control,
        Htcds.@Nullable Relationship recruiterRelationship,
        List<Htcds.Recruitment> recruitment,
        @Nullable String originCountry,
        List<String> transitCountries,
        @Nullable String exploitationCountry,
        @Nullable LocalDate recruitedOn,
        @Nullable LocalDate exploitationStartedOn,
        @Nullable LocalDate exitedOn,
        LocalDate identifiedOn,
        String identifiedBy,
        long version) {}
