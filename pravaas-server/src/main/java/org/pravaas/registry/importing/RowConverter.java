package org.pravaas.registry.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.DocumentKind;
import org.pravaas.registry.person.PersonCommand;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.registry.person.PersonRules;
import org.pravaas.registry.person.Sex;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.io.TabularRow;
import org.springframework.stereotype.Component;

/**
 * Reads a file row into a person with the same rules as the registration form, so a row is
 * refused for exactly what a registrar would be refused for, and says which column is wrong.
 */
@Component
class RowConverter {
    private static final Map<String, Sex> SEXES = Map.ofEntries(
            Map.entry("f", Sex.F),
            Map.entry("female", Sex.F),
            Map.entry("femme", Sex.F),
            Map.entry("mujer", Sex.F),
            Map.entry("أنثى", Sex.F),
            Map.entry("महिला", Sex.F),
            Map.entry("여", Sex.F),
            Map.entry("여성", Sex.F),
            Map.entry("m", Sex.M),
            Map.entry("male", Sex.M),
            Map.entry("homme", Sex.M),
            Map.entry("hombre", Sex.M),
            Map.entry("ذكر", Sex.M),
            Map.entry("पुरुष", Sex.M),
            Map.entry("남", Sex.M),
            Map.entry("남성", Sex.M),
            Map.entry("x", Sex.X),
            Map.entry("u", Sex.U),
            Map.entry("unknown", Sex.U));

    private final PersonRules rules;
    private final Validator validator;

    RowConverter(PersonRules rules, Validator validator) {
        this.rules = rules;
        this.validator = validator;
    }

    ParsedRow convert(TabularRow row, ColumnMapping m, List<String> header) {
        List<String> c = row.cells();
        List<RowError> errors = new ArrayList<>();
        Sex sex = sex(m.value(ImportField.SEX, c), row.number(), m.headerOf(ImportField.SEX, header), errors);
        String nationality = upper(m.value(ImportField.NATIONALITY, c));
        PersonCommand person = new PersonCommand(
                List.of(
                        new NameInput(
                                null,
                                m.value(ImportField.GIVEN, c),
                                m.value(ImportField.MIDDLE, c),
                                m.value(ImportField.FAMILY, c),
                                m.value(ImportField.FATHER, c)),
                        new NameInput(
                                org.pravaas.registry.person.NameKind.ORIGINAL_SCRIPT,
                                m.value(ImportField.OTHER_GIVEN, c),
                                null,
                                m.value(ImportField.OTHER_FAMILY, c),
                                null)),
                sex,
                birth(m.value(ImportField.BIRTH_DATE, c)),
                estimated(m.value(ImportField.BIRTH_ESTIMATED, c)),
                m.value(ImportField.BIRTH_PLACE, c),
                null,
                nationality == null ? List.of() : List.of(nationality),
                List.of(),
                null,
                List.of(),
                m.value(ImportField.PHONE, c),
                m.value(ImportField.EMAIL, c),
                m.value(ImportField.ADDRESS, c),
                m.value(ImportField.ADMIN1, c),
                m.value(ImportField.ADMIN2, c),
                null,
                null);
        List<DocumentCommand> docs = document(row.number(), c, m, header, nationality, errors);
        for (ConstraintViolation<PersonCommand> v : validator.validate(person)) {
            errors.add(error(
                    row.number(),
                    column(v.getPropertyPath().toString(), m, header),
                    "registry.import.invalid-value",
                    v.getInvalidValue() == null ? "" : String.valueOf(v.getInvalidValue())));
        }
        for (Violation v : rules.check(person)) {
            errors.add(new RowError(row.number(), column(v.field(), m, header), v.messageKey(), strings(v.args())));
        }
        for (DocumentCommand d : docs) {
            try {
                rules.requireDocument(d);
            } catch (RuleViolation e) {
                e.violations()
                        .forEach(v -> errors.add(new RowError(
                                row.number(),
                                m.headerOf(ImportField.DOCUMENT_NUMBER, header),
                                v.messageKey(),
                                strings(v.args()))));
            }
        }
        return new ParsedRow(row.number(), c, errors.isEmpty() ? person : null, docs, importKey(c, m), errors);
    }

    private static List<DocumentCommand> document(
            int row,
            List<String> c,
            ColumnMapping m,
            List<String> header,
            @Nullable String nationality,
            List<RowError> errors) {
        String number = m.value(ImportField.DOCUMENT_NUMBER, c);
        if (number == null) return List.of();
        String country = upper(m.value(ImportField.DOCUMENT_COUNTRY, c));
        LocalDate expires = null;
        String expiresText = m.value(ImportField.DOCUMENT_EXPIRES, c);
        if (expiresText != null) {
            try {
                expires = LocalDate.parse(expiresText);
            } catch (DateTimeParseException e) {
                errors.add(error(
                        row, m.headerOf(ImportField.DOCUMENT_EXPIRES, header), "registry.import.date", expiresText));
            }
        }
        DocumentKind kind = DocumentKind.PASSPORT;
        String kindText = m.value(ImportField.DOCUMENT_KIND, c);
        if (kindText != null) {
            try {
                kind = DocumentKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(error(
                        row, m.headerOf(ImportField.DOCUMENT_KIND, header), "registry.import.document-kind", kindText));
            }
        }
        String issuer = country != null ? country : nationality;
        if (issuer == null) {
            errors.add(
                    error(row, m.headerOf(ImportField.DOCUMENT_COUNTRY, header), "registry.import.document-country"));
            return List.of();
        }
        return List.of(new DocumentCommand(kind, issuer, number, null, expires, null));
    }

    private static Sex sex(@Nullable String text, int row, String column, List<RowError> errors) {
        if (text == null) return Sex.U;
        Sex s = SEXES.get(text.strip().toLowerCase(Locale.ROOT));
        if (s == null) errors.add(error(row, column, "registry.import.sex", text));
        return s == null ? Sex.U : s;
    }

    /** ISO dates as they are; a day-first date (14/05/1990) turned into ISO; anything else left for the rules to refuse. */
    static @Nullable String birth(@Nullable String text) {
        if (text == null) return null;
        String[] p = text.split("[/.]");
        if (p.length == 3 && p[2].length() == 4) {
            return "%s-%02d-%02d".formatted(p[2], parse(p[1]), parse(p[0]));
        }
        return text;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean estimated(@Nullable String text) {
        return text != null
                && List.of("true", "yes", "1", "y", "oui", "sí", "si").contains(text.toLowerCase(Locale.ROOT));
    }

    private static @Nullable String upper(@Nullable String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String column(String field, ColumnMapping m, List<String> header) {
        return switch (field.replaceAll("\\[.*", "")) {
            case "names" -> m.headerOf(ImportField.GIVEN, header);
            case "birthDate" -> m.headerOf(ImportField.BIRTH_DATE, header);
            case "nationalities" -> m.headerOf(ImportField.NATIONALITY, header);
            case "phone" -> m.headerOf(ImportField.PHONE, header);
            case "email" -> m.headerOf(ImportField.EMAIL, header);
            case "birthPlace" -> m.headerOf(ImportField.BIRTH_PLACE, header);
            case "addressLine" -> m.headerOf(ImportField.ADDRESS, header);
            default -> field;
        };
    }

    private static RowError error(int row, String column, String key, String... args) {
        return new RowError(row, column, key, List.of(args));
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    /** The external id when the file has one; otherwise a hash of the mapped values, so the same row is the same key. */
    static String importKey(List<String> cells, ColumnMapping m) {
        String external = m.value(ImportField.EXTERNAL_ID, cells);
        if (external != null) return "id:" + external;
        StringBuilder all = new StringBuilder();
        for (ImportField f : ImportField.values()) {
            String v = m.value(f, cells);
            all.append(v == null ? "" : v.toLowerCase(Locale.ROOT)).append('\u001f');
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
