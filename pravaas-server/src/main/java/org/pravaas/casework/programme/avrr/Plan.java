package org.pravaas.casework.programme.avrr;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The reintegration plan agreed with the returnee. */
public record Plan(UUID caseId, String goals, String needs, @Nullable LocalDate agreedOn, long version) {}
