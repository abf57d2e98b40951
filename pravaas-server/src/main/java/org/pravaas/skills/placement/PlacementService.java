package org.pravaas.skills.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.PersonId;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.skills.PlacementTravelRequested;
import org.pravaas.skills.matching.CandidateRow;
import org.pravaas.skills.matching.Demand;
import org.pravaas.skills.matching.Pool;
import org.pravaas.skills.matching.Ranker;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.Openings;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileService;
import org.pravaas.skills.profile.SkillsRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A placement's life, each step in one transaction with its audit entry: the offer (one person is
 * never placed twice at once), the answer, travel, payments, host reports and the evaluation.
 */
@Service
public class PlacementService {
    private final Placements placements;
    private final Openings openings;
    private final ProfileService profiles;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlacementService(
            Placements placements,
            Openings openings,
            ProfileService profiles,
            Access access,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.placements = placements;
        this.openings = openings;
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Placement offer(PlacementCommands.Offer c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        Profile profile = profiles.reachable(Objects.requireNonNull(c.profileId()));
        Opening opening = openings.find(Objects.requireNonNull(c.openingId()))
                .orElseThrow(() -> new NotFoundException("opening", c.openingId()));
        LocalDate from = Objects.requireNonNull(c.startsOn());
        LocalDate to = Objects.requireNonNull(c.endsOn());
        PlacementPolicies.datesInOrder(from, to, "endsOn");
        if (!opening.open()) throw new RuleViolation("openingId", "skills.placement.closed", opening.reference());
        if (!profile.consentContact()) throw new RuleViolation("profileId", "skills.placement.no-consent");
        profiles.lock(profile.id());
        List<Placement> ofOpening = placements.ofOpening(opening.id());
        if (ofOpening.stream().filter(p -> p.status().placed()).count() >= opening.places()) {
            throw new RuleViolation("openingId", "skills.placement.full", opening.places());
        }
        PlacementPolicies.noOverlap(placements.ofPerson(profile.personId()), from, to);
        Pool one = Pool.of(0, List.of(CandidateRow.of(profile)));
        int score = (int) Math.round(Ranker.score(one, 0, Demand.of(opening, one)));
        Placement p = new Placement(
                Ids.newId(),
                opening.id(),
                profile.id(),
                profile.personId(),
                profile.officeId(),
                PlacementStatus.OFFERED,
                from,
                to,
                score,
                clock.instant(),
                user.username(),
                null,
                null,
                null,
                null,
                null,
                null,
                1);
        placements.insert(p);
        audit.record(AuditEvent.of("skills.placement.offered", "placement", p.id(), p.officeId()));
        return p;
    }

    @Transactional
    public Placement move(UUID id, PlacementStatus to) {
        access.requireRole(SkillsRoles.WRITE);
        Placement p = reachable(id);
        if (to == PlacementStatus.COMPLETED
                || to == PlacementStatus.ENDED_EARLY
                || !p.status().mayBecome(to)) {
            throw new RuleViolation(
                    "", "skills.placement.wrong-status", p.status().name());
        }
        if (!placements.move(id, p.status(), to)) throw new RuleViolation("", "form.stale");
        audit.record(AuditEvent.of(
                "skills.placement." + to.name().toLowerCase(java.util.Locale.ROOT), "placement", id, p.officeId()));
        return placements.find(id).orElseThrow();
    }

    @Transactional
    public PlacementTravelRequested requestTravel(UUID id, PlacementCommands.Travel c) {
        access.requireRole(SkillsRoles.WRITE);
        Placement p = reachable(id);
        PlacementPolicies.requireStatus(p, "departOn", PlacementStatus.ACCEPTED);
        LocalDate depart = Objects.requireNonNull(c.departOn());
        if (depart.isAfter(p.startsOn()))
            throw new RuleViolation(
                    "departOn", "skills.travel.after-start", p.startsOn().toString());
        if (c.returnOn() != null && c.returnOn().isBefore(depart)) {
            throw new RuleViolation("returnOn", "skills.dates.ends-before-start");
        }
        Profile profile = profiles.reachable(p.profileId());
        Opening opening = openings.find(p.openingId()).orElseThrow();
        PlacementTravelRequested event = new PlacementTravelRequested(
                Ids.newId(),
                id,
                new PersonId(p.personId()),
                p.officeId(),
                profile.residenceCountry(),
                opening.country(),
                depart,
                c.returnOn());
        placements.travelRequested(id, clock.instant());
        events.publishEvent(event);
        audit.record(AuditEvent.of("skills.placement.travel-requested", "placement", id, p.officeId()));
        return event;
    }

    @Transactional
    public Payment pay(UUID id, PlacementCommands.Pay c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        Placement p = reachable(id);
        PlacementPolicies.requireStatus(
                p, "kind", PlacementStatus.ACCEPTED, PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY);
        String currency = PlacementPolicies.currency(Objects.requireNonNull(c.currency()));
        PlacementPolicies.withinContract(p, c);
        Payment payment = new Payment(
                Ids.newId(),
                id,
                Objects.requireNonNull(c.kind()),
                Objects.requireNonNull(c.amount()),
                currency,
                Objects.requireNonNull(c.paidOn()),
                Objects.requireNonNull(c.periodFrom()),
                Objects.requireNonNull(c.periodTo()));
        placements.insertPayment(payment, user.username());
        audit.record(AuditEvent.of("skills.payment.recorded", "placement", id, p.officeId())
                .withDetails(payment.kind() + " " + currency));
        return payment;
    }

    @Transactional
    public HostReport report(UUID id, PlacementCommands.Report c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        Placement p = reachable(id);
        PlacementPolicies.requireStatus(
                p, "text", PlacementStatus.ACCEPTED, PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY);
        LocalDate on = Objects.requireNonNull(c.reportedOn());
        if (on.isBefore(p.startsOn()))
            throw new RuleViolation(
                    "reportedOn", "skills.report.before-start", p.startsOn().toString());
        HostReport r = new HostReport(
                Ids.newId(),
                id,
                on,
                Objects.requireNonNull(c.author()).strip(),
                Objects.requireNonNull(c.rating()),
                Objects.requireNonNull(c.text()).strip());
        placements.insertReport(r, user.username());
        audit.record(AuditEvent.of("skills.report.recorded", "placement", id, p.officeId()));
        return r;
    }

    @Transactional
    public Placement evaluate(UUID id, PlacementCommands.Evaluate c) {
        access.requireRole(SkillsRoles.WRITE);
        Placement p = reachable(id);
        PlacementPolicies.requireStatus(p, "outcome", PlacementStatus.ACCEPTED);
        LocalDate ended = PlacementPolicies.endOf(p, c, LocalDate.now(clock));
        PlacementStatus to = ended.isBefore(p.endsOn()) ? PlacementStatus.ENDED_EARLY : PlacementStatus.COMPLETED;
        if (!placements.evaluate(id, to, ended, c)) throw new RuleViolation("", "form.stale");
        audit.record(AuditEvent.of("skills.placement.evaluated", "placement", id, p.officeId()));
        return placements.find(id).orElseThrow();
    }

    /** A placement with everything its page shows; the read is audited. */
    public record PlacementView(
            Placement placement, Opening opening, Profile profile, List<Payment> payments, List<HostReport> reports) {}

    @Transactional
    public PlacementView view(UUID id) {
        access.requireRole(SkillsRoles.READ);
        Placement p = reachable(id);
        audit.record(AuditEvent.of("skills.placement.read", "placement", id, p.officeId()));
        return new PlacementView(
                p,
                openings.find(p.openingId()).orElseThrow(),
                profiles.reachable(p.profileId()),
                placements.payments(id),
                placements.reports(id));
    }

    /** The same as {@link #view}, audited as a printed document (it leaves the system on paper). */
    @Transactional
    public PlacementView print(UUID id) {
        PlacementView view = view(id);
        audit.record(AuditEvent.of(
                "skills.placement.printed", "placement", id, view.placement().officeId()));
        return view;
    }

    @Transactional(readOnly = true)
    public List<Placement> ofPerson(UUID person) {
        access.requireRole(SkillsRoles.READ);
        return placements.ofPerson(person).stream().filter(this::covers).toList();
    }

    @Transactional(readOnly = true)
    public List<Placement> ofOpening(UUID opening) {
        access.requireRole(SkillsRoles.READ);
        return placements.ofOpening(opening).stream().filter(this::covers).toList();
    }

    /** Which of these people are already placed during the dates (the ranking marks them; an offer would be refused). */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> busy(java.util.Collection<UUID> persons, LocalDate from, LocalDate to) {
        access.requireRole(SkillsRoles.READ);
        return persons.isEmpty() ? java.util.Set.of() : placements.busy(persons, from, to);
    }

    public boolean mayWrite(@Nullable Placement p) {
        return access.signedIn().map(SkillsRoles::mayWrite).orElse(false) && (p == null || covers(p));
    }

    private boolean covers(Placement p) {
        return access.covers(new OfficeId(p.officeId()));
    }

    private Placement reachable(UUID id) {
        Placement p = placements.find(id).orElseThrow(() -> new NotFoundException("placement", id));
        if (!covers(p)) throw new NotFoundException("placement", id);
        return p;
    }
}
