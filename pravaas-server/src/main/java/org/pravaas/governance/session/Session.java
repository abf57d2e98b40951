package org.pravaas.governance.session;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;

/** A numbered session of an organ, regular or special, where and when it met. */
public record Session(
        UUID id,
        UUID organId,
        String organCode,
        LocalizedText organNames,
        int number,
        boolean special,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        @Nullable String report) {}
