package org.pravaas.voting.register;

import java.util.UUID;

/** A registration the new one probably repeats, and how probably (0..1). */
public record Flag(UUID otherId, double probability) {}
