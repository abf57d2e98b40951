package org.pravaas.skills.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A salary supplement, subsidy or allowance paid for a period of a placement's contract. */
public record Payment(
        UUID id,
        UUID placementId,
        PaymentKind kind,
        BigDecimal amount,
        String currency,
        LocalDate paidOn,
        LocalDate periodFrom,
        LocalDate periodTo) {}
