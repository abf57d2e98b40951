package org.pravaas.voting.register;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An objection to a registration, and how it was adjudicated. */
public record Challenge(
        UUID id,
        UUID voterId,
        String grounds,
        Status status,
        String filedBy,
        Instant filedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decision) {

    public enum Status {
        OPEN,
        UPHELD,
        DISMISSED;

        public String messageKey() {
            return "voting.challenge.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
