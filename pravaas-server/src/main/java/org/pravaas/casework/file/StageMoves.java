package org.pravaas.casework.file;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseClosed;
import org.pravaas.casework.CaseReadyForMovement;
import org.pravaas.casework.CaseStageChanged;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.HealthAssessmentRequested;
import org.pravaas.casework.definition.Definition;
import org.pravaas.registry.PersonId;
import org.springframework.stereotype.Component;

/**
 * Applies a stage change that passed its checks: the case row, the stage history (so each stay is
 * timed), the timeline, the audit entry, and the events other modules follow.
 */
@Component
class StageMoves {
    static final String HEALTH_STAGE = "pre_departure";
    private final CaseFiles files;
    private final CaseParts parts;
    private final CaseEffects effects;
    private final Proposals proposals;

    StageMoves(CaseFiles files, CaseParts parts, CaseEffects effects, Proposals proposals) {
        this.files = files;
        this.parts = parts;
        this.effects = effects;
        this.proposals = proposals;
    }

    void apply(CaseFile c, Definition d, String to, String by, Instant at, @Nullable String approvedBy) {
        CaseSummary s = c.summary();
        String from = s.stage();
        boolean terminal = d.isTerminal(to);
        files.moveTo(s.id().value(), to, terminal, at);
        proposals.supersede(s.id().value(), by, at, from + "->" + to);
        parts.enter(s, to, by, at);
        effects.timeline(
                s.id(),
                approvedBy == null ? "casework.timeline.moved" : "casework.timeline.approved",
                approvedBy == null ? List.of(from, to) : List.of(from, to, approvedBy),
                at);
        effects.audit(AuditEvent.of("casework.case.moved", "case", s.id(), s.officeId())
                .withDetails(from + "->" + to));
        effects.publish(new CaseStageChanged(s.id(), s.programme(), s.officeId(), from, to, at));
        if (terminal) {
            effects.publish(new CaseClosed(s.id(), s.programme(), s.officeId(), at));
        }
        followers(s, to, at);
    }

    Instant now() {
        return effects.now();
    }

    void proposed(CaseFile c, String to, Instant at) {
        CaseSummary s = c.summary();
        effects.timeline(s.id(), "casework.timeline.proposed", List.of(s.stage(), to), at);
        effects.audit(AuditEvent.of("casework.case.proposed", "case", s.id(), s.officeId())
                .withDetails(s.stage() + "->" + to));
    }

    void saved(CaseFile c, java.util.Set<String> fields) {
        CaseSummary s = c.summary();
        effects.timeline(
                s.id(),
                "casework.timeline.saved",
                List.of(String.join(", ", new java.util.TreeSet<>(fields))),
                effects.now());
        effects.audit(AuditEvent.of("casework.case.saved", "case", s.id(), s.officeId())
                .withDetails("fields=" + String.join(",", new java.util.TreeSet<>(fields))));
    }

    void assigned(CaseFile c, @Nullable String caseworker) {
        CaseSummary s = c.summary();
        effects.timeline(
                s.id(), "casework.timeline.assigned", List.of(caseworker == null ? "—" : caseworker), effects.now());
        effects.audit(AuditEvent.of("casework.case.assigned", "case", s.id(), s.officeId()));
    }

    void upgraded(CaseFile c, int version) {
        CaseSummary s = c.summary();
        effects.timeline(
                s.id(),
                "casework.timeline.upgraded",
                List.of(String.valueOf(s.definitionVersion()), String.valueOf(version)),
                effects.now());
        effects.audit(AuditEvent.of("casework.case.upgraded", "case", s.id(), s.officeId())
                .withDetails("v" + version));
    }

    void rejected(Proposals.Proposal p, Instant at) {
        effects.timeline(
                new org.pravaas.casework.CaseId(p.caseId()),
                "casework.timeline.rejected",
                List.of(p.from(), p.to(), p.reason() == null ? "" : p.reason()),
                at);
        effects.audit(AuditEvent.of("casework.proposal.rejected", "case", p.caseId(), p.officeId()));
    }

    private void followers(CaseSummary s, String to, Instant at) {
        boolean travels = TransitionCheck.MOVEMENT_STAGES.containsKey(to);
        if (!travels && !HEALTH_STAGE.equals(to)) {
            return;
        }
        List<CaseParts.Member> members = parts.members(s.id().value());
        if (travels) {
            List<PersonId> all = members.stream().map(CaseParts.Member::person).toList();
            List<PersonId> adults = members.stream()
                    .filter(CaseParts.Member::adult)
                    .map(CaseParts.Member::person)
                    .toList();
            effects.publish(new CaseReadyForMovement(
                    s.id(), s.reference(), s.officeId(), s.programme(), all, adults, s.householdId(), at));
        } else {
            Map<String, String> values = parts.values(s.id().value());
            String country = values.getOrDefault("submission_country", values.get("country_of_return"));
            for (CaseParts.Member m : members) {
                effects.publish(new HealthAssessmentRequested(
                        s.id(), s.reference(), m.person(), s.officeId(), s.programme(), country, at));
            }
        }
    }
}
