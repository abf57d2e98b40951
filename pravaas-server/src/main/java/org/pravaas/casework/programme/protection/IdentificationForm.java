package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The identification as typed; transit countries as ISO codes separated by commas or spaces. */
public record IdentificationForm(
        @Nullable List<Htcds.Exploitation> exploitation,
        @Nullable List<Htcds.Control> control,
        Htcds.@Nullable Relationship recruiterRelationship,
        @Nullable List<Htcds.Recruitment> recruitment,
        @Nullable String originCountry,
        @Nullable String transitCountries,
        @Nullable String exploitationCountry,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate recruitedOn,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate exploitationStartedOn,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate exitedOn,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate identifiedOn,
        @Nullable String identifiedBy,
        long version) {}
