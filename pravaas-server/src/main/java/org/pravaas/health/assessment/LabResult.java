package org.pravaas.health.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A laboratory result of an assessment (HIV, syphilis, haemoglobin…), as the laboratory reported it. */
public record LabResult(
        UUID id, UUID assessmentId, String test, LocalDate sampledOn, LocalDate resultedOn, String result) {}
