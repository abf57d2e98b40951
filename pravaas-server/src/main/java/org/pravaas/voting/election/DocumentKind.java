package org.pravaas.voting.election;

import java.util.Locale;

/** Proofs of identity and citizenship an applicant may show; each election accepts some of them. */
public enum DocumentKind {
    PASSPORT,
    NATIONAL_ID,
    CITIZENSHIP_CERTIFICATE,
    BIRTH_CERTIFICATE,
    CONSULAR_CARD,
    VOTER_CARD;

    public String messageKey() {
        return "voting.document." + name().toLowerCase(Locale.ROOT);
    }
}
