package org.pravaas.governance.organ;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member state's elected term on an organ, from its first to its last day. */
public record SeatTerm(UUID id, UUID organId, String country, LocalDate from, @Nullable LocalDate to) {}
