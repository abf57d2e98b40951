package org.pravaas.skills.placement;

import java.time.LocalDate;
import java.util.UUID;

/** What the host institution or employer reported on a placement, with a rating from 1 to 5. */
public record HostReport(UUID id, UUID placementId, LocalDate reportedOn, String author, int rating, String text) {}
