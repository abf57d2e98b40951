package org.pravaas.registry.household;

/** A member's relationship to the head of the household. */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    OTHER;

    public String messageKey() {
        return "registry.relationship." + name();
    }
}
