package org.pravaas.health.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.Health;
import org.pravaas.health.TravelStatus;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.access.ClinicalAccess.Visibility;
import org.pravaas.health.assessment.Assessment;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.HealthPeople;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.health.clearance.Hold;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.health.clearance.TravelDecision;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.health.tb.Treatment;
import org.pravaas.health.tb.TreatmentService;
import org.pravaas.health.vaccination.DueVaccine;
import org.pravaas.health.vaccination.Vaccination;
import org.pravaas.health.vaccination.VaccinationService;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's health record. Everyone with a status role in the person's office sees the travel
 * status; the findings come only with clinical access, and reading them is audited (with the
 * glass's reason when it was broken).
 */
@Service("healthRecords")
public class HealthRecords {
    private final HealthPeople people;
    private final ClinicalAccess clinical;
    private final Health health;
    private final Parts parts;
    private final AuditLog audit;
    private final Clock clock;

    HealthRecords(
            HealthPeople people, ClinicalAccess clinical, Health health, Parts parts, AuditLog audit, Clock clock) {
        this.people = people;
        this.clinical = clinical;
        this.health = health;
        this.parts = parts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's record as the user may see it; {@code clinical} is null without clinical access. */
    public record PersonHealth(
            PersonSummary person, Visibility visibility, TravelStatus status, @Nullable Clinical clinical) {}

    /** The findings side of a record. */
    public record Clinical(
            List<Assessment> assessments,
            List<TravelDecision> decisions,
            List<Hold> holds,
            List<Vaccination> vaccinations,
            @Nullable DestinationProfile dueFor,
            List<DueVaccine> due,
            List<Treatment> treatments) {}

    /** The person as the registry shows them to this user (not found when outside their offices). */
    public PersonSummary person(PersonId id) {
        return people.get(id);
    }

    /** Only the person's travel status on a day (the API's status call), audited as a status read. */
    @Transactional
    public TravelStatus status(PersonId id, LocalDate day) {
        PersonSummary person = people.get(id);
        if (!clinical.of(person.id().value(), person.officeId()).status()) {
            throw new AccessDeniedException("No health role for " + id);
        }
        audit.record(AuditEvent.of("health.status.read", "person", person.id(), person.officeId()));
        return health.travelStatus(person.id(), day);
    }

    @Transactional
    public PersonHealth of(PersonId id) {
        PersonSummary person = people.get(id);
        Visibility v = clinical.of(person.id().value(), person.officeId());
        if (!v.status()) throw new AccessDeniedException("No health role for " + id);
        TravelStatus status = health.travelStatus(person.id(), LocalDate.now(clock));
        if (!v.clinical()) {
            audit.record(AuditEvent.of("health.status.read", "person", person.id(), person.officeId()));
            return new PersonHealth(person, v, status, null);
        }
        clinical.readClinical(person.id().value(), person.officeId(), "person", person.id());
        return new PersonHealth(person, v, status, parts.clinical(person, LocalDate.now(clock)));
    }

    /** Reads the clinical parts; only called once access was checked and audited. */
    @Service("healthParts")
    static class Parts {
        private final AssessmentService assessments;
        private final ClearanceService clearances;
        private final HoldService holds;
        private final VaccinationService vaccinations;
        private final TreatmentService treatments;
        private final ProfileService profiles;

        Parts(
                AssessmentService assessments,
                ClearanceService clearances,
                HoldService holds,
                VaccinationService vaccinations,
                TreatmentService treatments,
                ProfileService profiles) {
            this.assessments = assessments;
            this.clearances = clearances;
            this.holds = holds;
            this.vaccinations = vaccinations;
            this.treatments = treatments;
            this.profiles = profiles;
        }

        Clinical clinical(PersonSummary person, LocalDate today) {
            var id = person.id().value();
            List<Assessment> list = assessments.ofPersonUnaudited(id);
            List<Vaccination> doses = vaccinations.ofPerson(id);
            DestinationProfile dueFor = list.stream()
                    .filter(a -> a.status().open())
                    .findFirst()
                    .map(a -> profiles.get(a.profileId()))
                    .orElse(null);
            List<DueVaccine> due =
                    dueFor == null ? List.of() : VaccinationService.due(dueFor, person.birthDate(), doses, today);
            return new Clinical(
                    list, clearances.decisionsOf(id), holds.ofPerson(id), doses, dueFor, due, treatments.ofPerson(id));
        }
    }
}
