package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.programme.Checks;
import org.pravaas.organization.Access;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monitoring visits: every active indicator answered, scored with the set as it stands that day. */
@Service
public class MonitoringService {
    private final Monitoring monitoring;
    private final AvrrService avrr;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;
    private final Access access;

    MonitoringService(
            Monitoring monitoring, AvrrService avrr, Cases cases, AuditLog audit, Clock clock, Access access) {
        this.monitoring = monitoring;
        this.avrr = avrr;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Indicator> activeIndicators() {
        return monitoring.indicators().stream().filter(Indicator::active).toList();
    }

    @Transactional // the read is audited
    public List<Visit> visits(CaseId id) {
        cases.read(id);
        return monitoring.visits(id.value());
    }

    /** Records a visit; {@code answers} maps each active indicator's code to its answer on its scale. */
    @Transactional
    public Visit record(CaseId id, @Nullable LocalDate visitedOn, Map<String, Integer> answers) {
        CaseSummary kase = avrr.avrrCase(id);
        monitoring.lockSetForVisit();
        List<Violation> problems = new ArrayList<>();
        Checks.required(visitedOn, "visitedOn", problems);
        Checks.notAfter(visitedOn, LocalDate.now(clock), "visitedOn", problems);
        List<Sustainability.Answer> scored = new ArrayList<>();
        for (Indicator i : activeIndicators()) {
            Integer a = answers.get(i.code());
            if (a == null || a < 0 || a > i.scaleMax()) {
                // The indicator's name is resolved in the reader's language when the message is.
                var name = new DefaultMessageSourceResolvable(new String[] {"avrr.indicator." + i.code()}, i.code());
                problems.add(new Violation("answer." + i.code(), "avrr.visit.answer.invalid", name, i.scaleMax()));
            } else {
                scored.add(new Sustainability.Answer(i.code(), i.dimension(), i.weight(), i.scaleMax(), a));
            }
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Sustainability.Scores s = Sustainability.score(scored);
        Visit visit = new Visit(
                Ids.newId(),
                id.value(),
                visitedOn,
                access.current().username(),
                monitoring.revision(),
                s.economic(),
                s.social(),
                s.psychosocial(),
                s.overall());
        monitoring.insertVisit(visit, scored, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditEvent.of("avrr.visit.recorded", "case", id.value(), kase.officeId())
                .withDetails("revision=" + visit.revision()));
        cases.recordOnTimeline(id, "avrr.timeline.visit", List.of(percent(s.overall())));
        return visit;
    }

    static String percent(BigDecimal score) {
        return score.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN) + " %";
    }
}
