package org.pravaas.governance.organ;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the organisation was called from one day until (excluding) another. */
public record OrganisationName(String name, String acronym, LocalDate from, @Nullable LocalDate until) {}
