package org.pravaas.registry.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonCommand;
import org.pravaas.registry.person.PersonRules;
import org.pravaas.registry.person.PersonService;
import org.pravaas.registry.person.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration that knows who is already there: a person is stored only when no likely
 * duplicate exists, or when the registrar confirms that the candidates are someone else — a
 * decision that is recorded with the candidates and their probabilities.
 */
@Service
public class Registration {
    private final DuplicateCheck check;
    private final PersonService persons;
    private final PersonRules rules;
    private final Decisions decisions;
    private final AuditLog audit;

    Registration(DuplicateCheck check, PersonService persons, PersonRules rules, Decisions decisions, AuditLog audit) {
        this.check = check;
        this.persons = persons;
        this.rules = rules;
        this.decisions = decisions;
        this.audit = audit;
    }

    /** What became of a registration. */
    public sealed interface Outcome {}

    public record Registered(Person person) implements Outcome {}

    /** Not stored: these likely duplicates need the registrar's decision first. */
    public record NeedsDecision(List<Candidate> candidates) implements Outcome {}

    /** The candidates for a person as entered so far (the form asks as the registrar types). */
    public List<Candidate> candidates(PersonCommand c, List<DocumentCommand> documents) {
        return check.check(Profiles.of(c, documents), 5);
    }

    @Transactional
    public Outcome register(PersonCommand c, List<DocumentCommand> documents, boolean confirmedNew) {
        return register(c, documents, confirmedNew, null);
    }

    @Transactional
    public Outcome register(
            PersonCommand c, List<DocumentCommand> documents, boolean confirmedNew, @Nullable String importKey) {
        rules.require(c);
        List<Candidate> likely = candidates(c, documents).stream()
                .filter(x -> x.probability() >= check.threshold())
                .toList();
        if (!likely.isEmpty() && !confirmedNew) return new NeedsDecision(likely);
        Person person = persons.register(c, documents, importKey);
        if (!likely.isEmpty()) {
            String by = person.createdBy();
            likely.forEach(
                    x -> decisions.confirmedNew(person.id(), x.person().id().value(), x.probability(), by));
            audit.record(AuditEvent.of("person.registered-despite-candidates", "person", person.id(), person.officeId())
                    .withDetails("candidates=" + likely.size()));
        }
        return new Registered(person);
    }
}
