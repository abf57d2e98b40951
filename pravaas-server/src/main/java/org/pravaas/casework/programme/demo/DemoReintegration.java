package org.pravaas.casework.programme.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.avrr.AssistanceLine;
import org.pravaas.casework.programme.avrr.AvrrService;
import org.pravaas.casework.programme.avrr.MonitoringService;
import org.springframework.stereotype.Component;

/** AVRR demo: a plan, assistance in Jordanian dinars and euros, and a scored visit for cases in monitoring. */
@Component
class DemoReintegration {
    private final AvrrService avrr;
    private final MonitoringService monitoring;

    DemoReintegration(AvrrService avrr, MonitoringService monitoring) {
        this.avrr = avrr;
        this.monitoring = monitoring;
    }

    void seed(List<DemoProgrammes.DemoCase> cases, LocalDate today) {
        List<String> planned = List.of("reintegration_plan", "assistance", "monitoring");
        for (DemoProgrammes.DemoCase c : cases) {
            if (!planned.contains(c.stage())) continue;
            CaseId id = new CaseId(c.id());
            avrr.savePlan(
                    id,
                    "Reopen the family grocery in the home town; children back in school.",
                    "Start-up stock, school fees for two children, a rent deposit.",
                    today.minusDays(40),
                    0);
            if (c.stage().equals("reintegration_plan")) continue;
            var cash = avrr.plan(id, AssistanceLine.Type.CASH, new BigDecimal("250.000"), "JOD", today.minusDays(30));
            avrr.settle(id, cash.id(), AssistanceLine.Status.DELIVERED, today.minusDays(28), 0);
            avrr.plan(id, AssistanceLine.Type.BUSINESS_SETUP, new BigDecimal("1800.00"), "EUR", today.plusDays(10));
            avrr.plan(id, AssistanceLine.Type.EDUCATION, new BigDecimal("320.500"), "JOD", today.plusDays(20));
            if (c.stage().equals("monitoring")) visit(id, today);
        }
    }

    private void visit(CaseId id, LocalDate today) {
        Map<String, Integer> answers = new HashMap<>();
        int i = 0;
        for (var indicator : monitoring.activeIndicators()) {
            answers.put(indicator.code(), Math.min(indicator.scaleMax(), 1 + (i++ % 4)));
        }
        monitoring.record(id, today.minusDays(3), answers);
    }
}
