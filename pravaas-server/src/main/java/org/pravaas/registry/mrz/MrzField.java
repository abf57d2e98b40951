package org.pravaas.registry.mrz;

/**
 * The field of a zone a problem concerns, each with the message key of its name ({@code
 * registry.mrz.field.*}) so a message can say which field is wrong.
 */
public enum MrzField {
    /** The zone as a whole: its lines and their lengths. */
    ZONE("zone"),
    DOCUMENT_CODE("document-code"),
    ISSUING_STATE("issuing-state"),
    /** The name field: primary and secondary identifiers. */
    NAME("name"),
    DOCUMENT_NUMBER("document-number"),
    NATIONALITY("nationality"),
    BIRTH_DATE("birth-date"),
    SEX("sex"),
    EXPIRY_DATE("expiry-date"),
    /** The personal number or other optional data of a passport (TD3), which has a check digit. */
    PERSONAL_NUMBER("personal-number"),
    /** The (first) optional data field of TD1, TD2 and visa zones. */
    OPTIONAL_DATA("optional-data"),
    /** The second optional data field, on line 2 of a TD1 zone. */
    OPTIONAL_DATA_2("optional-data-2"),
    /** The composite check digit over the number, the dates and the optional data. */
    COMPOSITE("composite");

    private final String messageKey;

    MrzField(String name) {
        this.messageKey = "registry.mrz.field." + name;
    }

    /** The key of this field's name in the message bundles, e.g. {@code registry.mrz.field.birth-date}. */
    public String messageKey() {
        return messageKey;
    }
}
