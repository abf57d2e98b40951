package org.pravaas.casework;

import java.time.Instant;
import java.util.UUID;

/** A case reached a final stage (closed, withdrawn, not accepted, ineligible …). */
public record CaseClosed(CaseId id, String programme, UUID officeId, Instant closedAt) {}
