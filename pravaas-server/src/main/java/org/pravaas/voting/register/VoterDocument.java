package org.pravaas.voting.register;

import org.pravaas.voting.election.DocumentKind;

/** A document the applicant showed the registrar. */
public record VoterDocument(DocumentKind kind, String number) {
    /** The number as compared: letters and digits only, upper case. */
    public String numberKey() {
        return Voters.keyOf(number);
    }
}
