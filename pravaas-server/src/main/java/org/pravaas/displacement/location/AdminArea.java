package org.pravaas.displacement.location;

import org.jspecify.annotations.Nullable;

/**
 * An administrative area, level 0 (country) to 3, identified by its P-code.
 *
 * @param admin1Id the level-1 area it lies in (itself at level 1, null at level 0)
 * @param localName the name in the local script, when known
 */
public record AdminArea(
        int id,
        String pcode,
        int level,
        @Nullable Integer parentId,
        @Nullable Integer admin1Id,
        String name,
        @Nullable String localName) {}
