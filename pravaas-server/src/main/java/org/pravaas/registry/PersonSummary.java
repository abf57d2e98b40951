package org.pravaas.registry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What another module may show of a person: reference, name as written and in Latin letters,
 * birth date as known (e.g. {@code 1990}, {@code 1990-05} or {@code 1990-05-14}), sex and office.
 */
public record PersonSummary(
        PersonId id,
        String reference,
        String name,
        String latinName,
        @Nullable String birthDate,
        String sex,
        UUID officeId) {}
