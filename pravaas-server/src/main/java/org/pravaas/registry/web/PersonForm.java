package org.pravaas.registry.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.DocumentKind;
import org.pravaas.registry.person.MaritalStatus;
import org.pravaas.registry.person.NameKind;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonCommand;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.registry.person.PersonName;
import org.pravaas.registry.person.Sex;
import org.pravaas.registry.person.Vulnerability;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration and edit form, flat as a page needs it: the name in parts, the name in a
 * second script, the person's details and (on registration) the first document shown.
 */
record PersonForm(
        @Nullable @Size(max = 100, message = "{validation.too-long}") String given,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String middle,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String father,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String family,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String otherGiven,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String otherFather,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String otherFamily,
        @NotNull(message = "{validation.required}") Sex sex,
        @Nullable @Pattern(regexp = "|\\d{4}(-\\d{2}(-\\d{2})?)?", message = "{registry.birth-date.format}")
                String birthDate,
        @Nullable Boolean birthEstimated,
        @Nullable @Size(max = 120, message = "{validation.too-long}") String birthPlace,
        @Nullable String birthCountry,
        @Nullable String nationality,
        @Nullable String secondNationality,
        @Nullable List<String> languages,
        @Nullable MaritalStatus maritalStatus,
        @Nullable List<Vulnerability> vulnerabilities,
        @Nullable
                @Size(max = 40, message = "{validation.too-long}")
                @Pattern(regexp = "[+0-9 ()-]*", message = "{validation.phone}")
                String phone,
        @Nullable @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.too-long}")
                String email,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String addressLine,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String admin1,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String admin2,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String admin3,
        @Nullable String addressCountry,
        @Nullable DocumentKind documentKind,
        @Nullable String documentCountry,
        @Nullable @Size(max = 30, message = "{validation.too-long}") String documentNumber,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentIssuedOn,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentExpiresOn,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String mrz,
        @Nullable Boolean confirmedNew,
        @Nullable Integer version) {

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedNew);
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    /** Where a rule's field lands on this form. */
    static final Map<String, String> FIELDS = Map.of(
            "names", "given",
            "nationalities", "nationality",
            "issuingCountry", "documentCountry",
            "number", "documentNumber",
            "issuedOn", "documentIssuedOn",
            "expiresOn", "documentExpiresOn");

    static PersonForm blank() {
        return new PersonForm(
                null, null, null, null, null, null, null, Sex.U, null, false, null, null, null, null, List.of(), null,
                List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, false, 0);
    }

    PersonCommand command() {
        List<NameInput> names = new ArrayList<>();
        names.add(new NameInput(NameKind.PRIMARY, given, middle, family, father));
        names.add(new NameInput(NameKind.ORIGINAL_SCRIPT, otherGiven, null, otherFamily, otherFather));
        return new PersonCommand(
                names,
                sex,
                birthDate,
                Boolean.TRUE.equals(birthEstimated),
                birthPlace,
                birthCountry,
                Stream.of(nationality, secondNationality)
                        .filter(s -> s != null && !s.isBlank())
                        .toList(),
                languages == null ? List.of() : languages,
                maritalStatus,
                vulnerabilities == null ? List.of() : vulnerabilities,
                phone,
                email,
                addressLine,
                admin1,
                admin2,
                admin3,
                addressCountry);
    }

    /** The document shown, when the registrar entered one. */
    List<DocumentCommand> documents() {
        if (documentNumber == null || documentNumber.isBlank() || documentKind == null) return List.of();
        return List.of(new DocumentCommand(
                documentKind,
                documentCountry == null ? "" : documentCountry,
                documentNumber,
                documentIssuedOn,
                documentExpiresOn,
                mrz));
    }

    static PersonForm of(Person p) {
        PersonName n = p.primaryName();
        PersonName other = p.names().stream()
                .filter(x -> x.kind() == NameKind.ORIGINAL_SCRIPT)
                .findFirst()
                .orElse(null);
        Person.Details d = p.details();
        List<String> nat = d.nationalities();
        return new PersonForm(
                n.given(),
                n.middle(),
                n.father(),
                n.family(),
                other == null ? null : other.given(),
                other == null ? null : other.father(),
                other == null ? null : other.family(),
                p.sex(),
                p.birth() == null ? null : p.birth().text(),
                p.birth() != null && p.birth().estimated(),
                d.birthPlace(),
                d.birthCountry(),
                nat.isEmpty() ? null : nat.get(0),
                nat.size() > 1 ? nat.get(1) : null,
                d.languages(),
                d.maritalStatus(),
                d.vulnerabilities(),
                d.phone(),
                d.email(),
                d.address().line(),
                d.address().admin1(),
                d.address().admin2(),
                d.address().admin3(),
                d.address().country(),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                p.version());
    }
}
