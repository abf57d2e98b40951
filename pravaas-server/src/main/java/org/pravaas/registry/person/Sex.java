package org.pravaas.registry.person;

/** As recorded; {@code X} as in travel documents, {@code U} when not known. */
public enum Sex {
    F,
    M,
    X,
    U;

    public String messageKey() {
        return "registry.sex." + name();
    }
}
