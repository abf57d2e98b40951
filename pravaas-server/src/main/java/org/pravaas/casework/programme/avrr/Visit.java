package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A monitoring visit and its sustainability scores, each from 0 to 1. */
public record Visit(
        UUID id,
        UUID caseId,
        LocalDate visitedOn,
        String visitedBy,
        int revision,
        BigDecimal economic,
        BigDecimal social,
        BigDecimal psychosocial,
        BigDecimal overall) {}
