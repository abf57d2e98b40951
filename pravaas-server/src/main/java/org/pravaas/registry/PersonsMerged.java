package org.pravaas.registry;

import java.util.UUID;

/**
 * Two records were found to be the same person: {@code merged} now points to {@code survivor}.
 * Modules holding the merged id should treat it as the survivor from now on; the merge can be
 * undone ({@link PersonUnmerged}), so they should not forget the original id.
 */
public record PersonsMerged(UUID mergeId, PersonId survivor, PersonId merged) {}
