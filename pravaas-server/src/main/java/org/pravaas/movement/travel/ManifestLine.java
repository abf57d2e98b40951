package org.pravaas.movement.travel;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A passenger as airlines and the receiving mission expect them on a manifest. */
public record ManifestLine(
        UUID bookingId,
        UUID personId,
        String reference,
        String name,
        @Nullable String birthDate,
        String sex,
        @Nullable String documentNumber,
        @Nullable LocalDate documentExpires,
        @Nullable String seat,
        String specialNeeds,
        String movementReference,
        Booking.Status status,
        @Nullable String noShowReason) {}
