package org.pravaas.registry.person;

/** Why a person has a name: the one used, as written in their own script, another, or a former one. */
public enum NameKind {
    PRIMARY,
    ORIGINAL_SCRIPT,
    ALIAS,
    PREVIOUS;

    public String messageKey() {
        return "registry.name-kind." + name();
    }
}
