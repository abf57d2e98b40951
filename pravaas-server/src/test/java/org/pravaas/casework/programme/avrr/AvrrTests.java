package org.pravaas.casework.programme.avrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.ProgrammeFixtures;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** AVRR: exact amounts in each currency’s minor unit, scored visits that keep their weights, the closing guard. */
@PravaasTest
class AvrrTests {
    @Autowired
    AvrrService avrr;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgrammeFixtures cases;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void amountsAreKeptInTheMinorUnitOfTheirCurrencyAndNeverRounded() {
        CaseId c = cases.open("avrr", "assistance");
        LocalDate today = LocalDate.now();
        var fils = avrr.plan(c, AssistanceLine.Type.CASH, new BigDecimal("12.125"), "jod", today);
        var yen = avrr.plan(c, AssistanceLine.Type.BUSINESS_SETUP, new BigDecimal("150000"), "JPY", today);
        avrr.plan(c, AssistanceLine.Type.EDUCATION, new BigDecimal("0.875"), "JOD", today);
        var cancelled = avrr.plan(c, AssistanceLine.Type.HOUSING, new BigDecimal("100"), "JOD", today);
        avrr.settle(c, cancelled.id(), AssistanceLine.Status.CANCELLED, null, 0);

        assertThat(minor(fils.id())).isEqualTo(12_125L);
        assertThat(minor(yen.id())).isEqualTo(150_000L);
        assertThat(avrr.reintegration(c).totals())
                .containsExactly(
                        Map.entry("JOD", new BigDecimal("13.000")), Map.entry("JPY", new BigDecimal("150000")));

        assertThat(refusal(() -> avrr.plan(c, AssistanceLine.Type.CASH, new BigDecimal("0.5"), "JPY", today)))
                .isEqualTo("avrr.amount.too-precise");
        assertThat(refusal(() -> avrr.plan(c, AssistanceLine.Type.CASH, new BigDecimal("1.0001"), "JOD", today)))
                .isEqualTo("avrr.amount.too-precise");
        assertThat(refusal(() -> avrr.plan(c, AssistanceLine.Type.CASH, new BigDecimal("1"), "XYZ", today)))
                .isEqualTo("avrr.currency.unknown");
        assertThat(avrr.reintegration(c).lines()).hasSize(4);
    }

    @Test
    void aStalePlanEditIsRefusedAndEveryWriteIsAuditedInItsTransaction() {
        CaseId c = cases.open("avrr", "reintegration_plan");
        avrr.savePlan(c, "Open a tailoring shop", "A sewing machine", LocalDate.now(), 0); // none yet: 0
        long read = avrr.reintegration(c).plan().orElseThrow().version();
        avrr.savePlan(c, "Open a tailoring shop in Homs", "A sewing machine", LocalDate.now(), read);
        assertThatThrownBy(() -> avrr.savePlan(c, "Someone else’s edit, read at the same version", "None", null, read))
                .isInstanceOf(org.pravaas.shared.StaleUpdateException.class);
        assertThatThrownBy(() -> avrr.savePlan(c, "A second first plan, from a page that saw none", "None", null, 0))
                .isInstanceOf(org.pravaas.shared.StaleUpdateException.class);
        assertThat(avrr.reintegration(c).plan())
                .hasValueSatisfying(p -> assertThat(p.goals()).endsWith("Homs"));
        assertThat(refusal(
                        () -> avrr.plan(c, AssistanceLine.Type.CASH, new BigDecimal("1.001"), "EUR", LocalDate.now())))
                .isEqualTo("avrr.amount.too-precise");
        assertThat(jdbc.sql("select action from audit.entry where object_id = :c and action like 'avrr.%' order by seq")
                        .param("c", c.toString())
                        .query(String.class)
                        .list())
                .containsExactly("avrr.plan.saved", "avrr.plan.saved");
    }

    @Test
    void aDeliveredLineCannotBeSettledAgain() {
        CaseId c = cases.open("avrr", "assistance");
        var line = avrr.plan(c, AssistanceLine.Type.MEDICAL, new BigDecimal("40.50"), "EUR", LocalDate.now());
        avrr.settle(c, line.id(), AssistanceLine.Status.DELIVERED, LocalDate.now(), 0);
        assertThat(refusal(() -> avrr.settle(c, line.id(), AssistanceLine.Status.CANCELLED, null, 1)))
                .isEqualTo("avrr.assistance.settled");
    }

    @Test
    void aVisitIsScoredWithTheWeightsOfItsDayAndKeepsThemWhenTheIndicatorsChange() {
        CaseId c = cases.open("avrr", "monitoring");
        Map<String, Integer> answers = new HashMap<>();
        monitoring.activeIndicators().forEach(i -> answers.put(i.code(), 0));
        answers.put("income_sources", 4); // economic: weight 1 of 4.25 → 1/4.25
        Visit first = monitoring.record(c, LocalDate.now(), answers);
        assertThat(first.economic()).isEqualByComparingTo("0.2353");
        assertThat(first.social()).isEqualByComparingTo("0");
        assertThat(first.overall()).isEqualByComparingTo("0.0784");

        Indicator income = indicators.all().stream()
                .filter(i -> i.code().equals("income_sources"))
                .findFirst()
                .orElseThrow();
        try {
            indicators.save("income_sources", null, new BigDecimal("3.25"), 4, true); // now half the dimension
            Visit second = monitoring.record(c, LocalDate.now(), answers);
            assertThat(second.economic()).isEqualByComparingTo("0.5");
            assertThat(second.revision()).isGreaterThan(first.revision());
            assertThat(monitoring.visits(c))
                    .filteredOn(v -> v.id().equals(first.id()))
                    .singleElement()
                    .satisfies(v -> assertThat(v.economic()).isEqualByComparingTo("0.2353"));
            assertThat(jdbc.sql(
                                    "select weight from casework.avrr_visit_answer where visit_id = :v and code = 'income_sources'")
                            .param("v", first.id())
                            .query(BigDecimal.class)
                            .single())
                    .isEqualByComparingTo("1");
        } finally {
            indicators.save("income_sources", null, income.weight(), income.scaleMax(), true);
        }
    }

    @Test
    void aVisitMustAnswerEveryActiveIndicatorOnItsScale() {
        CaseId c = cases.open("avrr", "monitoring");
        Map<String, Integer> answers = new HashMap<>();
        monitoring.activeIndicators().forEach(i -> answers.put(i.code(), 2));
        answers.remove("debt");
        answers.put("housing", 5);
        assertThatThrownBy(() -> monitoring.record(c, LocalDate.now(), answers))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations())
                        .extracting(RuleViolation.Violation::field)
                        .containsExactlyInAnyOrder("answer.debt", "answer.housing"));
    }

    @Test
    void aDimensionCannotBeLeftWithoutWeight() {
        cases.open("avrr", "monitoring");
        for (String code : new String[] {"housing", "education_access", "justice_documentation", "health_care"}) {
            indicators.save(
                    code,
                    null,
                    indicators.all().stream()
                            .filter(i -> i.code().equals(code))
                            .findFirst()
                            .orElseThrow()
                            .weight(),
                    4,
                    false);
        }
        try {
            assertThat(refusal(() -> indicators.save("safe_water", null, new BigDecimal("0.750"), 4, false)))
                    .isEqualTo("avrr.indicator.dimension-empty");
        } finally {
            for (String code : new String[] {"housing", "education_access", "justice_documentation", "health_care"}) {
                Indicator i = indicators.all().stream()
                        .filter(x -> x.code().equals(code))
                        .findFirst()
                        .orElseThrow();
                indicators.save(code, null, i.weight(), 4, true);
            }
        }
    }

    @Test
    void aCaseIsClosedFromMonitoringOnlyAfterAVisit() {
        CaseId c = cases.open("avrr", "monitoring");
        assertThat(refusal(() -> cases.move(c, "closed", Map.of()))).isEqualTo("avrr.guard.visit");
        Map<String, Integer> answers = new HashMap<>();
        monitoring.activeIndicators().forEach(i -> answers.put(i.code(), 3));
        monitoring.record(c, LocalDate.now(), answers);
        cases.move(c, "closed", Map.of());
        assertThat(cases.stageOf(c)).isEqualTo("closed");
    }

    private long minor(java.util.UUID line) {
        return jdbc.sql("select amount_minor from casework.avrr_assistance where id = :id")
                .param("id", line)
                .query(Long.class)
                .single();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.violations().get(0).messageKey();
        }
        throw new AssertionError("not refused");
    }
}
