package org.pravaas.registry.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Component;

/**
 * The rules a person must satisfy before it is stored, whoever enters it: a name, a birth date
 * that exists and is not in the future, known country and language codes. Each refusal names
 * the field, so that a form, an API client or an import report can say where the problem is.
 */
@Component
public class PersonRules {
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final ReferenceData reference;
    private final Clock clock;

    PersonRules(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** The violations of a command; empty when it may be stored. */
    public List<Violation> check(PersonCommand c) {
        List<Violation> out = new ArrayList<>();
        names(c.names(), out);
        birth(c.birthDate(), c.birthEstimated(), out);
        country("birthCountry", c.birthCountry(), out);
        country("addressCountry", c.addressCountry(), out);
        c.nationalities().forEach(code -> country("nationalities", code, out));
        for (String code : c.languages()) {
            if (!reference.isLanguage(code)) out.add(new Violation("languages", "registry.language.unknown", code));
        }
        return out;
    }

    /** Fails with every violation at once. */
    public void require(PersonCommand c) {
        List<Violation> violations = check(c);
        if (!violations.isEmpty()) throw new RuleViolation(violations);
    }

    /** A document's issuing country must be known and it must expire after it was issued. */
    public void requireDocument(DocumentCommand d) {
        List<Violation> out = new ArrayList<>();
        country("issuingCountry", d.issuingCountry(), out);
        if (d.issuedOn() != null && d.expiresOn() != null && !d.expiresOn().isAfter(d.issuedOn())) {
            out.add(new Violation("expiresOn", "registry.document.expires-before-issue"));
        }
        if (d.issuedOn() != null && d.issuedOn().isAfter(LocalDate.now(clock))) {
            out.add(new Violation("issuedOn", "registry.document.issued-in-future"));
        }
        if (!out.isEmpty()) throw new RuleViolation(out);
    }

    public Optional<BirthDate> birthDate(PersonCommand c) {
        return c.birthDate() == null || c.birthDate().isBlank()
                ? Optional.empty()
                : BirthDate.parse(c.birthDate(), c.birthEstimated());
    }

    private static void names(List<NameInput> names, List<Violation> out) {
        if (names.stream().allMatch(NameInput::isBlank)) {
            out.add(new Violation("names", "registry.name.required"));
        }
        for (NameInput n : names) {
            for (String part : new String[] {n.given(), n.middle(), n.family(), n.father()}) {
                if (part != null && part.codePoints().anyMatch(Character::isDigit)) {
                    out.add(new Violation("names", "registry.name.digits"));
                    return;
                }
            }
        }
    }

    private void birth(@Nullable String text, boolean estimated, List<Violation> out) {
        if (text == null || text.isBlank()) return;
        Optional<BirthDate> parsed = BirthDate.parse(text, estimated);
        if (parsed.isEmpty()) {
            out.add(new Violation("birthDate", "registry.birth-date.impossible", text));
        } else if (parsed.get().date().isAfter(LocalDate.now(clock))) {
            out.add(new Violation("birthDate", "registry.birth-date.future", text));
        } else if (parsed.get().latest().isBefore(EARLIEST_BIRTH)) {
            out.add(new Violation("birthDate", "registry.birth-date.too-early", text));
        }
    }

    private void country(String field, @Nullable String code, List<Violation> out) {
        if (code != null && !code.isBlank() && !reference.isCountry(code.strip().toUpperCase(java.util.Locale.ROOT))) {
            out.add(new Violation(field, "registry.country.unknown", code));
        }
    }
}
