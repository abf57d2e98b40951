package org.pravaas.skills.profile;

import java.util.Locale;

/** An expert (a qualified national abroad, for assignments at home) or a worker (for vacancies abroad). */
public enum ProfileKind {
    EXPERT,
    WORKER;

    public String messageKey() {
        return "skills.profile-kind." + name().toLowerCase(Locale.ROOT);
    }
}
