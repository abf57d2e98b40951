package org.pravaas.registry.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** A field of Pravaas a file's column can be mapped to, with the headers that usually mean it. */
public enum ImportField {
    EXTERNAL_ID("external_id", "id", "record_id", "case_number", "registration_number", "rec_id"),
    GIVEN("given_name", "given", "first_name", "firstname", "prenom", "nombre", "given_names"),
    MIDDLE("middle_name", "middle"),
    FATHER("father_name", "fathers_name", "father"),
    FAMILY("family_name", "surname", "last_name", "lastname", "nom", "apellido", "family"),
    OTHER_GIVEN("other_script_given_name", "given_name_original", "given_name_local"),
    OTHER_FAMILY("other_script_family_name", "family_name_original", "family_name_local"),
    SEX("sex", "gender", "sexe", "sexo"),
    BIRTH_DATE("date_of_birth", "birth_date", "dob", "birthdate", "date_naissance"),
    BIRTH_ESTIMATED("birth_date_estimated", "dob_estimated", "estimated"),
    BIRTH_PLACE("place_of_birth", "birth_place"),
    NATIONALITY("nationality", "citizenship", "country_of_origin"),
    PHONE("phone", "telephone", "mobile"),
    EMAIL("email", "e_mail"),
    ADDRESS("address", "address_line", "city"),
    ADMIN1("admin1", "governorate", "province", "state"),
    ADMIN2("admin2", "district"),
    DOCUMENT_KIND("document_type", "document_kind"),
    DOCUMENT_COUNTRY("document_country", "issuing_country"),
    DOCUMENT_NUMBER("document_number", "passport_number", "passport", "id_number"),
    DOCUMENT_EXPIRES("document_expiry", "expiry_date", "passport_expiry");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** The header a template file uses for this field. */
    public String header() {
        return headers.get(0);
    }

    public String messageKey() {
        return "registry.import.field." + name();
    }

    boolean recognises(String header) {
        return headers.contains(normalise(header));
    }

    static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
