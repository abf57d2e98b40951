package org.pravaas.casework;

import java.time.Instant;
import java.util.UUID;

/** A case was opened in a programme. */
public record CaseOpened(CaseId id, String programme, UUID officeId, Instant openedAt) {}
