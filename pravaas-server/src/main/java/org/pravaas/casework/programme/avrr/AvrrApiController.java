package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.shared.api.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A returnee's reintegration over the API, and the indicator set; cases are read and written through the engine. */
@RestController
class AvrrApiController {
    private final AvrrService avrr;
    private final MonitoringService monitoring;
    private final IndicatorService indicators;

    AvrrApiController(AvrrService avrr, MonitoringService monitoring, IndicatorService indicators) {
        this.avrr = avrr;
        this.monitoring = monitoring;
        this.indicators = indicators;
    }

    record AssistanceBody(
            AssistanceLine.@Nullable Type type,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable LocalDate plannedOn) {}

    record PlanBody(@Nullable String goals, @Nullable String needs, @Nullable LocalDate agreedOn) {}

    record SettleBody(AssistanceLine.@Nullable Status status, @Nullable LocalDate deliveredOn) {}

    record VisitBody(@Nullable LocalDate visitedOn, @Nullable Map<String, Integer> answers) {}

    @GetMapping("/api/v1/cases/{id}/avrr")
    AvrrService.Overview reintegration(@PathVariable UUID id) {
        return avrr.reintegration(new CaseId(id));
    }

    @PostMapping("/api/v1/cases/{id}/avrr/assistance")
    ResponseEntity<AssistanceLine> assist(@PathVariable UUID id, @RequestBody AssistanceBody body) {
        return ResponseEntity.status(201)
                .body(avrr.plan(new CaseId(id), body.type(), body.amount(), body.currency(), body.plannedOn()));
    }

    /** Writes the plan; an existing plan needs its ETag in If-Match, a new one none. */
    @PutMapping("/api/v1/cases/{id}/avrr/plan")
    ResponseEntity<Plan> plan(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody PlanBody body) {
        CaseId c = new CaseId(id);
        boolean exists = avrr.reintegration(c).plan().isPresent();
        long version = ifMatch == null && !exists ? 0 : ETags.required(ifMatch, "plan", id);
        Plan plan = avrr.savePlan(c, body.goals(), body.needs(), body.agreedOn(), version);
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
    }

    /** Marks a planned line delivered or cancelled; If-Match carries the line's version. */
    @PostMapping("/api/v1/cases/{id}/avrr/assistance/{line}")
    ResponseEntity<AssistanceLine> settle(
            @PathVariable UUID id,
            @PathVariable UUID line,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody SettleBody body) {
        long version = ETags.required(ifMatch, "assistance", line);
        if (body.status() == null) throw new org.pravaas.shared.RuleViolation("status", "programme.required");
        AssistanceLine settled = avrr.settle(new CaseId(id), line, body.status(), body.deliveredOn(), version);
        return ResponseEntity.ok().eTag(ETags.of(settled.version())).body(settled);
    }

    @GetMapping("/api/v1/cases/{id}/avrr/visits")
    List<Visit> visits(@PathVariable UUID id) {
        return monitoring.visits(new CaseId(id));
    }

    @PostMapping("/api/v1/cases/{id}/avrr/visits")
    ResponseEntity<Visit> visit(@PathVariable UUID id, @RequestBody VisitBody body) {
        Map<String, Integer> answers = body.answers() == null ? Map.of() : body.answers();
        return ResponseEntity.status(201).body(monitoring.record(new CaseId(id), body.visitedOn(), answers));
    }

    @GetMapping("/api/v1/programmes/avrr/indicators")
    List<Indicator> indicators() {
        return indicators.all();
    }
}
