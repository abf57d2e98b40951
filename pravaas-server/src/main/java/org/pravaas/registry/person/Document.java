package org.pravaas.registry.person;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An identity or travel document a person showed. */
public record Document(
        UUID id,
        UUID personId,
        DocumentKind kind,
        String issuingCountry,
        String number,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate expiresOn,
        @Nullable String mrz) {

    /** The number as compared and searched: letters and digits only, upper case. */
    public static String numberKey(String number) {
        return number.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public boolean validOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
