package org.pravaas.governance.session;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A numbered session of an organ, regular or special, where and when it met. */
public record Session(
        UUID id,
        UUID organId,
        String organCode,
        int number,
        boolean special,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        @Nullable String report) {}
