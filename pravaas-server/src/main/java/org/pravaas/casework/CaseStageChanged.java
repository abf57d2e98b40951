package org.pravaas.casework;

import java.time.Instant;
import java.util.UUID;

/** A case moved from one stage to another (approved when the transition needed approval). */
public record CaseStageChanged(CaseId id, String programme, UUID officeId, String from, String to, Instant at) {}
