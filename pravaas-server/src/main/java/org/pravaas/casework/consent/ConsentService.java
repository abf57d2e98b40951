package org.pravaas.casework.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.file.CaseEffects;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and withdraws consent. Withdrawal is final for that record and stops every referral made
 * under it at once, in the same transaction ({@link ConsentWithdrawn} is handled synchronously).
 */
@Service
public class ConsentService {
    private final Consents consents;
    private final Cases cases;
    private final CaseEffects effects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(Consents consents, Cases cases, CaseEffects effects, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.cases = cases;
        this.effects = effects;
        this.events = events;
        this.clock = clock;
    }

    /** Consent was withdrawn: referrals under it stop sharing (followed within the module, synchronously). */
    public record ConsentWithdrawn(UUID consentId, UUID caseId) {}

    @Transactional
    public UUID record(CaseId caseId, ConsentCommand c) {
        CaseSummary kase = cases.write(caseId);
        List<Recipient> recipients = recipients(c);
        LocalDate today = LocalDate.now(clock);
        List<Violation> problems = new ArrayList<>();
        if (c.purpose() == null || c.purpose().isBlank())
            problems.add(new Violation("purpose", "casework.consent.purpose-required"));
        if (recipients.isEmpty()) problems.add(new Violation("recipients", "casework.consent.recipient-required"));
        if (c.parts() == null || c.parts().isEmpty())
            problems.add(new Violation("parts", "casework.consent.part-required"));
        if (c.givenOn() == null || c.givenOn().isAfter(today))
            problems.add(new Violation("givenOn", "casework.consent.given-on"));
        if (c.givenOn() != null && c.expiresOn() != null && !c.expiresOn().isAfter(c.givenOn())) {
            problems.add(new Violation("expiresOn", "casework.consent.expires-after-given"));
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        UUID id = Ids.newId();
        UUID person = c.personId() != null
                ? c.personId()
                : kase.person() == null ? null : kase.person().value();
        consents.insert(new Consent(
                id,
                caseId.value(),
                person,
                c.purpose().strip(),
                recipients,
                c.parts(),
                c.givenOn(),
                c.expiresOn(),
                null,
                effects.now(),
                effects.actor()));
        effects.timeline(
                caseId,
                "casework.timeline.consent-recorded",
                List.of(c.purpose().strip()),
                effects.now());
        effects.audit(AuditEvent.of("casework.consent.recorded", "case", caseId, kase.officeId())
                .withDetails("parts=" + c.parts() + " recipients=" + recipients.size()));
        return id;
    }

    @Transactional
    public void withdraw(UUID consentId) {
        Consent c = consents.lock(consentId).orElseThrow(() -> new NotFoundException("consent", consentId));
        CaseSummary kase = cases.write(new CaseId(c.caseId()));
        if (c.withdrawnAt() != null) {
            throw new RuleViolation("", "casework.consent.already-withdrawn");
        }
        consents.withdraw(consentId, effects.actor(), effects.now());
        events.publishEvent(new ConsentWithdrawn(consentId, c.caseId()));
        effects.timeline(kase.id(), "casework.timeline.consent-withdrawn", List.of(c.purpose()), effects.now());
        effects.audit(AuditEvent.of("casework.consent.withdrawn", "case", kase.id(), kase.officeId()));
    }

    /** The case's consents, newest first (the caller has read the case). */
    @Transactional(readOnly = true)
    public List<Consent> of(CaseId caseId) {
        return consents.ofCase(caseId.value());
    }

    /** A consent of the case in force today that covers sharing the parts with the recipient. */
    @Transactional(readOnly = true)
    public Optional<Consent> covering(CaseId caseId, Recipient recipient, List<SharedPart> parts) {
        LocalDate today = LocalDate.now(clock);
        return consents.ofCase(caseId.value()).stream()
                .filter(c -> c.covers(recipient, parts, today))
                .findFirst();
    }

    /** Whether the consent is still in force today. */
    @Transactional(readOnly = true)
    public boolean inForce(UUID consentId) {
        return consents.find(consentId)
                .map(c -> c.validOn(LocalDate.now(clock)))
                .orElse(false);
    }

    private static List<Recipient> recipients(ConsentCommand c) {
        if (c.recipients() == null) return List.of();
        try {
            return c.recipients().stream()
                    .filter(r -> !r.isBlank())
                    .map(Recipient::parse)
                    .distinct()
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("recipients", "casework.consent.recipient-unknown");
        }
    }
}
