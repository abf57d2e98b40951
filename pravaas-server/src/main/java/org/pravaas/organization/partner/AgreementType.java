package org.pravaas.organization.partner;

import java.util.Locale;

/** The kinds of agreement held with a partner. */
public enum AgreementType {
    MEMORANDUM_OF_UNDERSTANDING,
    HOST_COUNTRY,
    IMPLEMENTING_PARTNERSHIP,
    DATA_SHARING,
    FUNDING;

    public String messageKey() {
        return "agreement.type." + name().toLowerCase(Locale.ROOT);
    }
}
