package org.pravaas.movement.loan;

import java.math.BigDecimal;
import java.util.Currency;

/** An exact amount in minor units of an ISO 4217 currency (e.g. 1234 JOD fils = 1.234 JOD). */
public record Money(Currency currency, long minor) {

    /** Fails with ArithmeticException when the amount has more decimals than the currency allows. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(
                currency,
                amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact());
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
