package org.pravaas.registry;

import java.util.UUID;

/** A merge was undone: both records exist again exactly as they were before it. */
public record PersonUnmerged(UUID mergeId, PersonId survivor, PersonId restored) {}
