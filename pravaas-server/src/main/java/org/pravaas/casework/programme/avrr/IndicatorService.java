package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.programme.ProgrammeLeads;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's indicators, edited by the AVRR leads without a code change. Each edit raises the
 * set's revision; visits already recorded keep the weights and scales they copied when scored.
 */
@Service
public class IndicatorService {
    private final Monitoring monitoring;
    private final ProgrammeLeads leads;
    private final AuditLog audit;

    IndicatorService(Monitoring monitoring, ProgrammeLeads leads, AuditLog audit) {
        this.monitoring = monitoring;
        this.leads = leads;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Indicator> all() {
        leads.requireReader();
        return monitoring.indicators();
    }

    @Transactional(readOnly = true)
    public int revision() {
        return monitoring.revision();
    }

    /** Adds an indicator, or changes one (its dimension stays); {@code dimension} is needed only when adding. */
    @Transactional
    public Indicator save(
            @Nullable String code,
            Indicator.@Nullable Dimension dimension,
            @Nullable BigDecimal weight,
            @Nullable Integer scaleMax,
            boolean active) {
        leads.requireLead(AvrrService.PROGRAMME);
        monitoring.lockSetForChange();
        List<Violation> problems = new ArrayList<>();
        if (code == null || !code.strip().matches("[a-z][a-z0-9_]{1,39}")) {
            problems.add(new Violation("code", "avrr.indicator.code.invalid"));
        }
        if (weight == null
                || weight.signum() < 0
                || weight.compareTo(BigDecimal.valueOf(100)) > 0
                || weight.scale() > 3) {
            problems.add(new Violation("weight", "avrr.indicator.weight.invalid"));
        }
        if (scaleMax == null || scaleMax < 1 || scaleMax > 10)
            problems.add(new Violation("scaleMax", "avrr.indicator.scale.invalid"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        var existing = monitoring.indicator(code.strip());
        Indicator.Dimension d = existing.map(Indicator::dimension).orElse(dimension);
        if (d == null) throw new RuleViolation("dimension", "programme.required");
        int position =
                existing.map(Indicator::position).orElse(monitoring.indicators().size() + 1);
        Indicator changed =
                new Indicator(code.strip(), d, weight, scaleMax, active, position, monitoring.revision() + 1);
        monitoring.save(changed);
        everyDimensionWeighed();
        audit.record(AuditEvent.of("avrr.indicator.saved", "indicator", changed.code(), null)
                .withDetails("weight=" + weight + " scale=" + scaleMax + " active=" + active));
        return changed;
    }

    /** A dimension whose active indicators weigh nothing could not be scored. */
    private void everyDimensionWeighed() {
        List<Indicator> active =
                monitoring.indicators().stream().filter(Indicator::active).toList();
        for (Indicator.Dimension d : Indicator.Dimension.values()) {
            BigDecimal total = active.stream()
                    .filter(i -> i.dimension() == d)
                    .map(Indicator::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) throw new RuleViolation("weight", "avrr.indicator.dimension-empty", d.name());
        }
    }
}
