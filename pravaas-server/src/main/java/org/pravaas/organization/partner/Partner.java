package org.pravaas.organization.partner;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner organisation, managed by one office. */
public record Partner(
        UUID id,
        String name,
        @Nullable String acronym,
        PartnerType type,
        @Nullable String country,
        UUID officeId,
        String officeCode,
        @Nullable String website,
        long version) {}
