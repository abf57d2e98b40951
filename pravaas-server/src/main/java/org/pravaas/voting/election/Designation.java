package org.pravaas.voting.election;

import java.util.Locale;

/**
 * What an election official does in one election, at a station or for the whole election:
 * registrars register, clerks check voters in and enter result forms, presiding officers do
 * both, auditors review held registrations, challenges and quarantined forms.
 */
public enum Designation {
    REGISTRAR,
    CLERK,
    PRESIDING_OFFICER,
    AUDITOR;

    public String messageKey() {
        return "voting.designation." + name().toLowerCase(Locale.ROOT);
    }
}
