package org.pravaas.health.vaccination;

import java.time.LocalDate;
import java.util.UUID;

/** A dose given: which vaccine, its lot, the day, and who gave it. */
public record Vaccination(
        UUID id, UUID personId, UUID officeId, String vaccine, String lot, LocalDate givenOn, String givenBy) {}
