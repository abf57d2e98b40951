package org.pravaas.casework.referral;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.consent.Consent;
import org.pravaas.casework.consent.ConsentService;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.file.CaseEffects;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers a case to an office or a partner: refused unless a consent in force covers that recipient
 * and every part shared. The receiver answers; what it reads is the referral's copy, and only while
 * the consent stays in force.
 */
@Service
public class ReferralService {
    private final Referrals referrals;
    private final Cases cases;
    private final ConsentService consents;
    private final SharedPackage packages;
    private final ReferralAccess access;
    private final CaseEffects effects;

    ReferralService(
            Referrals referrals,
            Cases cases,
            ConsentService consents,
            SharedPackage packages,
            ReferralAccess access,
            CaseEffects effects) {
        this.referrals = referrals;
        this.cases = cases;
        this.consents = consents;
        this.packages = packages;
        this.access = access;
        this.effects = effects;
    }

    @Transactional
    public UUID refer(CaseId caseId, Recipient to, List<SharedPart> parts, @Nullable String note) {
        CaseSummary c = cases.write(caseId);
        if (parts.isEmpty()) {
            throw new RuleViolation("parts", "casework.consent.part-required");
        }
        Consent consent = consents.covering(caseId, to, parts)
                .orElseThrow(() -> new RuleViolation("recipient", "casework.referral.no-consent"));
        UUID id = Ids.newId();
        referrals.insert(new Referral(
                id,
                caseId.value(),
                c.reference(),
                consent.id(),
                c.officeId(),
                to,
                parts,
                packages.of(c, parts),
                note == null || note.isBlank() ? null : note.strip(),
                "PENDING",
                effects.now(),
                effects.actor(),
                null,
                null,
                null));
        effects.timeline(caseId, "casework.timeline.referred", List.of(access.name(to)), effects.now());
        effects.audit(AuditEvent.of("casework.referral.made", "case", caseId, c.officeId())
                .withDetails("to=" + to + " parts=" + parts));
        return id;
    }

    /** The referral as its receiver (or the referring office) may see it; shared data only while consent holds. */
    @Transactional
    public Referral view(UUID id) {
        Referral r = referrals.find(id).orElseThrow(() -> new NotFoundException("referral", id));
        if (!access.requireSeeing(r)) {
            cases.read(new CaseId(r.caseId())); // the sender reads the case: a restricted one needs its reason
        }
        effects.audit(AuditEvent.of("casework.referral.read", "referral", id, r.fromOffice()));
        if (r.shared() != null && !consents.inForce(r.consentId())) {
            referrals.stopUnder(r.consentId()); // expired: the copies go, as on a withdrawal
            return without(r, "STOPPED");
        }
        return r;
    }

    @Transactional
    public void answer(UUID id, boolean accept, @Nullable String reason) {
        Referral r = referrals.find(id).orElseThrow(() -> new NotFoundException("referral", id));
        access.requireReceiving(r);
        if (!r.pending()) {
            throw new RuleViolation("", "casework.referral.not-pending");
        }
        String why = reason == null ? "" : reason.strip();
        if (!accept && why.isEmpty()) {
            throw new RuleViolation("reason", "casework.referral.reason-required");
        }
        if (!referrals.answer(
                id, accept ? "ACCEPTED" : "DECLINED", effects.actor(), effects.now(), why.isEmpty() ? null : why)) {
            throw new RuleViolation("", "casework.referral.not-pending");
        }
        effects.timeline(
                new CaseId(r.caseId()),
                accept ? "casework.timeline.referral-accepted" : "casework.timeline.referral-declined",
                List.of(access.name(r.to()), why),
                effects.now());
        effects.audit(AuditEvent.of("casework.referral.answered", "referral", id, r.fromOffice())
                .withDetails(accept ? "accepted" : "declined"));
    }

    /**
     * Referrals sent to the user: to their partner organisation, or to offices in their scope. The
     * list carries no shared data; opening a referral ({@link #view}) reads it, audited.
     */
    @Transactional(readOnly = true)
    public List<Referral> incoming() {
        return access.incoming(referrals).stream()
                .map(r -> without(r, r.status()))
                .toList();
    }

    /** The case's referrals (the caller has read the case). */
    @Transactional(readOnly = true)
    public List<Referral> ofCase(CaseId caseId) {
        return referrals.ofCase(caseId.value());
    }

    public String recipientName(Recipient r) {
        return access.name(r);
    }

    private static Referral without(Referral r, String status) {
        return new Referral(
                r.id(),
                r.caseId(),
                r.caseReference(),
                r.consentId(),
                r.fromOffice(),
                r.to(),
                r.parts(),
                null,
                r.note(),
                status,
                r.referredAt(),
                r.referredBy(),
                r.answeredAt(),
                r.answeredBy(),
                r.answerReason());
    }
}
