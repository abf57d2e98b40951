package org.pravaas.voting.count;

import java.time.Instant;

/** A clerk's copy of a form as entered. */
public record Copy(int number, String clerk, Instant enteredAt, Figures figures) {}
