package org.pravaas.voting.count;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in a form's trail: an entry, a comparison, a reconciliation, a decision. */
public record FormEvent(Instant at, String actor, String action, @Nullable String note) {}
