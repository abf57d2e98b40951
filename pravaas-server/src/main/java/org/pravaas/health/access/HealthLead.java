package org.pravaas.health.access;

import java.time.Instant;
import java.util.UUID;

/** An office's health lead: sees who broke the glass on the office's people. */
public record HealthLead(UUID officeId, String username, Instant designatedAt, String designatedBy) {}
