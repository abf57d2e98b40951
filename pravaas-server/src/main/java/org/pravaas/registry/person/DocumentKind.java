package org.pravaas.registry.person;

public enum DocumentKind {
    PASSPORT,
    NATIONAL_ID,
    TRAVEL_DOCUMENT,
    LAISSEZ_PASSER,
    BIRTH_CERTIFICATE,
    RESIDENCE_PERMIT,
    OTHER;

    public String messageKey() {
        return "registry.document-kind." + name();
    }
}
