package org.pravaas.skills.profile;

import java.util.Locale;

/** The level of a qualification, close to ISCED. */
public enum QualificationLevel {
    SECONDARY,
    VOCATIONAL,
    BACHELOR,
    MASTER,
    DOCTORATE,
    SPECIALIST,
    LICENCE;

    public String messageKey() {
        return "skills.qualification-level." + name().toLowerCase(Locale.ROOT);
    }
}
