package org.pravaas.movement.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One ledger entry of a movement's costs. A reversal has a negative amount, names the entry it
 * reverses and the reason; {@code reversed} says an original was already reversed.
 */
public record Cost(
        UUID id,
        UUID requestId,
        Category category,
        String budgetLine,
        BigDecimal amount,
        String currency,
        Instant createdAt,
        String createdBy,
        @Nullable UUID reverses,
        @Nullable String reason,
        boolean reversed) {

    /** What the money paid for, as the issue names it. */
    public enum Category {
        TICKET,
        ESCORT,
        TRANSIT,
        PER_DIEM
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** An original entry not reversed yet: the only kind that may be reversed. */
    public boolean reversible() {
        return reverses == null && !reversed;
    }
}
