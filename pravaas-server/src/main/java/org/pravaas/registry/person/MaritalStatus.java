package org.pravaas.registry.person;

public enum MaritalStatus {
    SINGLE,
    MARRIED,
    ENGAGED,
    DIVORCED,
    SEPARATED,
    WIDOWED;

    public String messageKey() {
        return "registry.marital." + name();
    }
}
