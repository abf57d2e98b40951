package org.pravaas.organization.partner;

import java.util.Locale;

/** The kinds of organisation Pravaas works with. */
public enum PartnerType {
    GOVERNMENT,
    INTERGOVERNMENTAL,
    NGO,
    UN_AGENCY,
    PRIVATE_SECTOR,
    ACADEMIC;

    public String messageKey() {
        return "partner.type." + name().toLowerCase(Locale.ROOT);
    }
}
