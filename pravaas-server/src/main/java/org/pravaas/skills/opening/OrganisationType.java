package org.pravaas.skills.opening;

import java.util.Locale;

/** Who posts an opening. */
public enum OrganisationType {
    MINISTRY,
    HOSPITAL,
    UNIVERSITY,
    EMPLOYER,
    OTHER;

    public String messageKey() {
        return "skills.organisation-type." + name().toLowerCase(Locale.ROOT);
    }
}
