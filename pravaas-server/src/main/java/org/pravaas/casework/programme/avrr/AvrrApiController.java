package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
