package org.pravaas.organization.office;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An office or mission as stored, with its parent's code for display. */
public record Office(
        UUID id,
        String code,
        String name,
        OfficeType type,
        @Nullable UUID parentId,
        @Nullable String parentCode,
        String path,
        String country,
        String city,
        String timeZone,
        List<String> languages,
        LocalDate openedOn,
        @Nullable LocalDate closedOn,
        long version) {

    public boolean isOpenOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }

    /** How deep in the tree: headquarters is 0. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    boolean parentIdEquals(@Nullable UUID other) {
        return java.util.Objects.equals(parentId, other);
    }
}
