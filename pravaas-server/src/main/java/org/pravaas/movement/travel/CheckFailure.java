package org.pravaas.movement.travel;

import java.util.UUID;

/** One traveller failing one check: {@code reasonKey} with {@code args} says why, in the user's language. */
public record CheckFailure(UUID personId, String traveller, Check check, String reasonKey, Object... args) {}
