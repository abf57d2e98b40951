package org.pravaas.skills.profile;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A diploma or licence, and whether the country where it must count has recognised it. */
public record Qualification(
        UUID id,
        UUID profileId,
        String title,
        QualificationLevel level,
        String issuingCountry,
        @Nullable Integer awardedYear,
        Recognition recognition,
        @Nullable String recognisedIn) {}
