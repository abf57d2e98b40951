package org.pravaas.casework.programme.resettlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.programme.Checks;
import org.pravaas.casework.programme.ProgrammeLeads;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotas (set by the programme's leads) and each case's submission and decision. */
@Service
public class ResettlementService {
    static final String PROGRAMME = "resettlement";
    private final Submissions submissions;
    private final Cases cases;
    private final ProgrammeLeads leads;
    private final AuditLog audit;
    private final Clock clock;

    ResettlementService(Submissions submissions, Cases cases, ProgrammeLeads leads, AuditLog audit, Clock clock) {
        this.submissions = submissions;
        this.cases = cases;
        this.leads = leads;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QuotaLine> quotas(int year) {
        leads.requireReader();
        return submissions.year(year);
    }

    /** Sets a country's quota for a year; {@code expectedVersion} is the line's version as read (0 when new). */
    @Transactional
    public void setQuota(@Nullable String country, int year, @Nullable Integer quota, long expectedVersion) {
        leads.requireLead(PROGRAMME);
        List<Violation> problems = new ArrayList<>();
        Checks.required(country, "country", problems);
        String code = Checks.country(country, "country", problems);
        if (year < 2000 || year > 2100) problems.add(new Violation("year", "resettlement.quota.year.invalid"));
        if (quota == null || quota < 0) problems.add(new Violation("quota", "resettlement.quota.negative"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        if (!submissions.setQuota(code, year, quota, expectedVersion)) {
            long current =
                    submissions.lockLine(code, year).map(QuotaLine::version).orElse(0L);
            throw new StaleUpdateException("quota", code + "/" + year, current);
        }
        audit.record(AuditEvent.of("resettlement.quota.set", "quota", code + "/" + year, null)
                .withDetails("quota=" + quota));
    }

    /** The case's submission, when there is one; the case is read (scoped, audited) first. */
    @Transactional // the read is audited
    public Optional<Submission> submission(CaseId id) {
        cases.read(id);
        return submissions.find(id.value());
    }

    /**
     * Records the submission of a case in stage {@code submission}. It takes as many places as the
     * case covers people: one for a person's case, the members for a household's.
     */
    @Transactional
    public Submission submit(CaseId id, @Nullable String country, @Nullable LocalDate on) {
        CaseSummary kase = programmeCase(id);
        if (!kase.stage().equals("submission")) {
            throw new RuleViolation("", "resettlement.submission.wrong-stage");
        }
        if (submissions.find(id.value()).isPresent()) throw new RuleViolation("", "resettlement.submission.exists");
        List<Violation> problems = new ArrayList<>();
        Checks.required(country, "country", problems);
        String code = Checks.country(country, "country", problems);
        Checks.required(on, "submittedOn", problems);
        Checks.notAfter(on, LocalDate.now(clock), "submittedOn", problems);
        int counted = submissions.persons(id.value());
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        int year = on.getYear();
        QuotaPolicy.check(submissions.lockLine(code, year), code, year, counted).ifPresent(v -> {
            throw new RuleViolation(List.of(v));
        });
        if (!submissions.insert(id.value(), code, on, counted)) {
            throw new RuleViolation("", "resettlement.submission.exists");
        }
        audit.record(AuditEvent.of("resettlement.submitted", "case", id.value(), kase.officeId())
                .withDetails("country=" + code + " persons=" + counted));
        cases.recordOnTimeline(id, "resettlement.timeline.submitted", List.of(code, String.valueOf(counted)));
        return submissions.find(id.value()).orElseThrow();
    }

    /** Records the country's decision on the case's submission. */
    @Transactional
    public Submission decide(
            CaseId id, Submission.@Nullable Decision decision, @Nullable LocalDate on, long expectedVersion) {
        CaseSummary kase = programmeCase(id);
        Submission s = submissions
                .find(id.value())
                .orElseThrow(() -> new RuleViolation("", "resettlement.decision.no-submission"));
        List<Violation> problems = new ArrayList<>();
        Checks.required(decision, "decision", problems);
        Checks.required(on, "decidedOn", problems);
        Checks.notAfter(on, LocalDate.now(clock), "decidedOn", problems);
        Checks.notBefore(on, s.submittedOn(), "decidedOn", problems);
        if (s.decision() != null) problems.add(new Violation("decision", "resettlement.decision.exists"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        if (!submissions.decide(id.value(), decision, on, expectedVersion)) {
            throw new StaleUpdateException("submission", id.value(), s.version());
        }
        audit.record(AuditEvent.of("resettlement.decided", "case", id.value(), kase.officeId())
                .withDetails("decision=" + decision));
        cases.recordOnTimeline(id, "resettlement.timeline.decided." + decision, List.of(s.country()));
        return submissions.find(id.value()).orElseThrow();
    }

    private CaseSummary programmeCase(CaseId id) {
        CaseSummary kase = cases.write(id);
        if (!kase.programme().equals(PROGRAMME)) throw new RuleViolation("", "programme.wrong-programme");
        return kase;
    }
}
