package org.pravaas.organization.office;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The levels of the office tree, each with the levels it may sit under. */
public enum OfficeType {
    HEADQUARTERS,
    REGIONAL_OFFICE,
    COUNTRY_MISSION,
    SUB_OFFICE;

    /** Which parent types this type may be placed under; empty means it is the root. */
    Set<OfficeType> allowedParents() {
        return switch (this) {
            case HEADQUARTERS -> Set.of();
            case REGIONAL_OFFICE -> Set.of(HEADQUARTERS);
            case COUNTRY_MISSION -> Set.of(HEADQUARTERS, REGIONAL_OFFICE);
            case SUB_OFFICE -> Set.of(COUNTRY_MISSION, SUB_OFFICE);
        };
    }

    boolean mayBeUnder(@Nullable OfficeType parent) {
        return parent == null ? this == HEADQUARTERS : allowedParents().contains(parent);
    }

    public String messageKey() {
        return "office.type." + name().toLowerCase(Locale.ROOT);
    }
}
