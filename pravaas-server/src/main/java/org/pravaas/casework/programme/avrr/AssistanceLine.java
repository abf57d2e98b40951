package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One piece of reintegration assistance, its amount in minor units of its currency. */
public record AssistanceLine(
        UUID id,
        UUID caseId,
        Type type,
        long amountMinor,
        String currency,
        LocalDate plannedOn,
        @Nullable LocalDate deliveredOn,
        Status status,
        long version) {

    public enum Type {
        CASH,
        IN_KIND,
        BUSINESS_SETUP,
        EDUCATION,
        MEDICAL,
        HOUSING
    }

    public enum Status {
        PLANNED,
        DELIVERED,
        CANCELLED
    }

    /** The amount in the currency's major unit, with exactly its minor digits (12.500 JOD, 1000 JPY). */
    public BigDecimal amount() {
        return Amounts.major(amountMinor, currency);
    }
}
