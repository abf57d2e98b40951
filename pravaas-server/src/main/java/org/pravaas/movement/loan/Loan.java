package org.pravaas.movement.loan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A fare loan to one adult traveller of a movement, repaid in monthly instalments from {@code firstDue}. */
public record Loan(
        UUID id,
        String reference,
        UUID officeId,
        UUID personId,
        UUID requestId,
        Currency currency,
        int instalments,
        LocalDate firstDue,
        Instant createdAt,
        @Nullable Instant signedAt) {

    /** An entry of the ledger; amounts are positive, the kind gives the sign. */
    public record Entry(int seq, Kind kind, long minor, Instant bookedAt, String bookedBy, @Nullable String note) {
        public long signed() {
            return kind == Kind.DISBURSEMENT ? minor : -minor;
        }
    }

    public enum Kind {
        DISBURSEMENT,
        REPAYMENT,
        WRITE_OFF,
        WAIVER
    }

    /** A write-off or waiver waiting for (or given) a second person’s approval. */
    public record Approval(
            UUID id,
            UUID loanId,
            Kind kind,
            long minor,
            String reason,
            String requestedBy,
            Instant requestedAt,
            @Nullable String decidedBy,
            @Nullable Boolean approved) {}
}
