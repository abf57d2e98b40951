package org.pravaas.skills.placement;

import java.util.Locale;

/** What a payment to a placed person is for. */
public enum PaymentKind {
    SALARY_SUPPLEMENT,
    SUBSIDY,
    TRAVEL_ALLOWANCE;

    public String messageKey() {
        return "skills.payment-kind." + name().toLowerCase(Locale.ROOT);
    }
}
