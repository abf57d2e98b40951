package org.pravaas.casework.file;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case to open: the programme, the office (the user's own when empty), whose case — one registry
 * person or one household — and the caseworker in charge (none yet when empty).
 */
public record OpenCase(
        String programme,
        @Nullable UUID officeId,
        @Nullable UUID personId,
        @Nullable UUID householdId,
        @Nullable String caseworker) {}
