package org.pravaas.health.vaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.assessment.Births;
import org.pravaas.health.assessment.HealthPeople;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.health.profile.VaccineRequirement;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Doses given, and what a destination profile still needs at the person's age. */
@Service("healthVaccinationService")
public class VaccinationService {
    private final Vaccinations vaccinations;
    private final HealthPeople people;
    private final ClinicalAccess clinical;
    private final AuditLog audit;
    private final Clock clock;

    VaccinationService(
            Vaccinations vaccinations, HealthPeople people, ClinicalAccess clinical, AuditLog audit, Clock clock) {
        this.vaccinations = vaccinations;
        this.people = people;
        this.clinical = clinical;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID record(PersonId personId, VaccinationCommand c) {
        PersonSummary person = people.get(personId);
        String by = clinical.requireWrite(person.officeId());
        if (c.vaccine() == null || c.lot() == null || c.givenOn() == null) {
            throw new RuleViolation("", "health.required");
        }
        List<Violation> problems = DoseDatePolicy.check(c.givenOn(), person.birthDate(), LocalDate.now(clock));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Vaccination v = new Vaccination(
                Ids.newId(),
                person.id().value(),
                person.officeId(),
                c.vaccine().strip().toUpperCase(Locale.ROOT),
                c.lot().strip(),
                c.givenOn(),
                by);
        vaccinations.insert(v, clock.instant());
        audit.record(AuditEvent.of("health.vaccination.recorded", "person", person.id(), person.officeId())
                .withDetails("vaccine=" + v.vaccine()));
        return v.id();
    }

    /** The person's doses, for a caller that checked clinical access. */
    @Transactional(readOnly = true)
    public List<Vaccination> ofPerson(UUID person) {
        return vaccinations.ofPerson(person);
    }

    /** The profile's vaccines that apply at the person's age today, with the doses on record. */
    public static List<DueVaccine> due(
            DestinationProfile profile,
            @org.jspecify.annotations.Nullable String birthDate,
            List<Vaccination> given,
            LocalDate today) {
        int months = Births.months(birthDate, today).orElse(Integer.MAX_VALUE);
        return profile.vaccines().stream()
                .filter(r -> r.appliesAt(months))
                .map(r -> new DueVaccine(r.vaccine(), r.doses(), count(given, r)))
                .toList();
    }

    private static int count(List<Vaccination> given, VaccineRequirement r) {
        return (int) given.stream().filter(v -> v.vaccine().equals(r.vaccine())).count();
    }
}
