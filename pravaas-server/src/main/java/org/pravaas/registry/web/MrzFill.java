package org.pravaas.registry.web;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.mrz.Mrz;
import org.pravaas.registry.mrz.MrzSex;
import org.pravaas.registry.person.DocumentKind;
import org.pravaas.registry.person.Sex;

/** Fills the registration form from a parsed machine-readable zone. */
final class MrzFill {
    private static final Map<String, String> ALPHA2 = alpha2();

    private MrzFill() {}

    static PersonForm fill(PersonForm f, Mrz m) {
        String nationality = country(m.nationality());
        return new PersonForm(
                m.givenNames(),
                null,
                f.father(),
                m.surname(),
                f.otherGiven(),
                f.otherFather(),
                f.otherFamily(),
                sex(m.sex()),
                m.birthDate() == null ? f.birthDate() : m.birthDate().toString(),
                f.birthEstimated(),
                f.birthPlace(),
                f.birthCountry(),
                nationality != null ? nationality : f.nationality(),
                f.secondNationality(),
                f.languages(),
                f.maritalStatus(),
                f.vulnerabilities(),
                f.phone(),
                f.email(),
                f.addressLine(),
                f.admin1(),
                f.admin2(),
                f.admin3(),
                f.addressCountry(),
                kind(m.documentCode()),
                country(m.issuingState()),
                m.documentNumber(),
                f.documentIssuedOn(),
                m.expiryDate(),
                f.mrz(),
                f.confirmedNew(),
                f.version());
    }

    private static Sex sex(MrzSex s) {
        return switch (s) {
            case MALE -> Sex.M;
            case FEMALE -> Sex.F;
            case UNSPECIFIED -> Sex.X;
        };
    }

    private static DocumentKind kind(String code) {
        return switch (code.isEmpty() ? ' ' : code.charAt(0)) {
            case 'P' -> DocumentKind.PASSPORT;
            case 'I', 'A', 'C' -> DocumentKind.NATIONAL_ID;
            default -> DocumentKind.TRAVEL_DOCUMENT;
        };
    }

    /** ICAO's three-letter code as ISO 3166 two letters; null for codes of no country (UNO, XXA, …). */
    static @Nullable String country(String icao) {
        if (icao.equals("D")) return "DE";
        if (icao.length() == 3 && icao.startsWith("GB")) return "GB";
        return ALPHA2.get(icao);
    }

    private static Map<String, String> alpha2() {
        Map<String, String> out = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            try {
                out.put(new ULocale("", a2).getISO3Country(), a2);
            } catch (RuntimeException ignored) {
                // A country ICU has no three-letter code for cannot appear in a zone either.
            }
        }
        return Map.copyOf(out);
    }
}
