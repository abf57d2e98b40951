package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.programme.Checks;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A returnee's reintegration plan and assistance, each change through the engine's write check. */
@Service
public class AvrrService {
    static final String PROGRAMME = "avrr";
    private final Reintegration store;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;

    AvrrService(Reintegration store, Cases cases, AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the case page and the API show of a returnee's reintegration. */
    public record Overview(Optional<Plan> plan, List<AssistanceLine> lines, Map<String, BigDecimal> totals) {}

    @Transactional // the read is audited
    public Overview reintegration(CaseId id) {
        cases.read(id);
        return view(id.value());
    }

    Overview view(UUID caseId) {
        List<AssistanceLine> lines = store.lines(caseId);
        return new Overview(store.plan(caseId), lines, totals(lines));
    }

    /** Totals per currency of the lines not cancelled; currencies are never added together. */
    static Map<String, BigDecimal> totals(List<AssistanceLine> lines) {
        Map<String, Long> minor = new TreeMap<>();
        for (AssistanceLine l : lines) {
            if (l.status() != AssistanceLine.Status.CANCELLED)
                minor.merge(l.currency(), l.amountMinor(), Math::addExact);
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        minor.forEach((currency, sum) -> totals.put(currency, Amounts.major(sum, currency)));
        return totals;
    }

    @Transactional
    public Plan savePlan(
            CaseId id, @Nullable String goals, @Nullable String needs, @Nullable LocalDate agreedOn, long version) {
        CaseSummary kase = avrrCase(id);
        List<Violation> problems = new ArrayList<>();
        Checks.required(goals, "goals", problems);
        Checks.required(needs, "needs", problems);
        Checks.notAfter(agreedOn, LocalDate.now(clock), "agreedOn", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        if (!store.savePlan(id.value(), goals.strip(), needs.strip(), agreedOn, version)) {
            throw new StaleUpdateException(
                    "plan",
                    id.value(),
                    store.plan(id.value()).map(Plan::version).orElse(0L));
        }
        audit.record(AuditEvent.of("avrr.plan.saved", "case", id.value(), kase.officeId()));
        cases.recordOnTimeline(id, "avrr.timeline.plan", List.of());
        return store.plan(id.value()).orElseThrow();
    }

    /** Plans a line of assistance; the amount must be exact in the currency's minor unit. */
    @Transactional
    public AssistanceLine plan(
            CaseId id,
            AssistanceLine.@Nullable Type type,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable LocalDate plannedOn) {
        CaseSummary kase = avrrCase(id);
        List<Violation> problems = new ArrayList<>();
        Checks.required(type, "type", problems);
        Optional<Currency> c = Amounts.currency(currency, problems);
        Optional<Long> minor = Amounts.minor(amount, c, problems);
        Checks.required(plannedOn, "plannedOn", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        AssistanceLine line = new AssistanceLine(
                Ids.newId(),
                id.value(),
                type,
                minor.get(),
                c.get().getCurrencyCode(),
                plannedOn,
                null,
                AssistanceLine.Status.PLANNED,
                0);
        store.insert(line);
        audit.record(AuditEvent.of("avrr.assistance.planned", "case", id.value(), kase.officeId())
                .withDetails("type=" + type + " currency=" + line.currency()));
        cases.recordOnTimeline(id, "avrr.timeline.assistance." + type, List.of(line.amount() + " " + line.currency()));
        return line;
    }

    /** Marks a planned line delivered (on a date not in the future) or cancelled. */
    @Transactional
    public AssistanceLine settle(
            CaseId id, UUID lineId, AssistanceLine.Status status, @Nullable LocalDate deliveredOn, long version) {
        CaseSummary kase = avrrCase(id);
        AssistanceLine line = store.line(lineId)
                .filter(l -> l.caseId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("assistance", lineId));
        List<Violation> problems = new ArrayList<>();
        if (line.status() != AssistanceLine.Status.PLANNED)
            problems.add(new Violation("status", "avrr.assistance.settled"));
        if (status == AssistanceLine.Status.PLANNED) problems.add(new Violation("status", "avrr.assistance.settled"));
        if (status == AssistanceLine.Status.DELIVERED) {
            Checks.required(deliveredOn, "deliveredOn", problems);
            Checks.notAfter(deliveredOn, LocalDate.now(clock), "deliveredOn", problems);
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        LocalDate on = status == AssistanceLine.Status.DELIVERED ? deliveredOn : null;
        if (!store.setStatus(lineId, status, on, version))
            throw new StaleUpdateException("assistance", lineId, line.version());
        audit.record(AuditEvent.of(
                "avrr.assistance." + status.name().toLowerCase(java.util.Locale.ROOT),
                "case",
                id.value(),
                kase.officeId()));
        return store.line(lineId).orElseThrow();
    }

    CaseSummary avrrCase(CaseId id) {
        CaseSummary kase = cases.write(id);
        if (!kase.programme().equals(PROGRAMME)) throw new RuleViolation("", "programme.wrong-programme");
        return kase;
    }
}
