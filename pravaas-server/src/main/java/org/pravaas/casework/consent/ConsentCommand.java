package org.pravaas.casework.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A consent to record: whose (a case member; empty for the case's person), purpose, recipients, parts, dates. */
public record ConsentCommand(
        @Nullable UUID personId,
        @Nullable String purpose,
        @Nullable List<String> recipients,
        @Nullable List<SharedPart> parts,
        @Nullable LocalDate givenOn,
        @Nullable LocalDate expiresOn) {}
