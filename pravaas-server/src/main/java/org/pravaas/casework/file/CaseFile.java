package org.pravaas.casework.file;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseSummary;

/** A case file as its own pages show it: the summary and its times. */
public record CaseFile(CaseSummary summary, Instant stageEnteredAt, Instant openedAt, @Nullable Instant closedAt) {}
