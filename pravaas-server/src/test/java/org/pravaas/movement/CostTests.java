package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.movement.cost.Cost;
import org.pravaas.movement.cost.CostCommand;
import org.pravaas.movement.cost.CostLedger;
import org.pravaas.movement.cost.CostService;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Costs per movement by budget line: a ledger per currency, corrected only by reversing entries. */
@PravaasTest
class CostTests {
    @Autowired
    CostService costs;

    @Autowired
    Movements movements;

    @Autowired
    MovementPeople people;

    @Autowired
    BatchIdentity identity;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void totalsArePerBudgetLineAndCategoryInEachCurrencyNeverAddedAcrossCurrencies() throws Exception {
        UUID request = request("JO-AMM", "MVCT");
        costs.record(request, cost("TICKET", " avrr-jo/trv ", "100.500", "JOD"));
        costs.record(request, cost("TICKET", "AVRR-JO/TRV", "20", "USD"));
        costs.record(request, cost("ESCORT", "AVRR-JO/ESC", "30.5", "usd"));
        costs.record(request, cost("TRANSIT", "AVRR-JO/TRV", "12.25", "USD"));

        CostLedger ledger = costs.ledger(request);
        assertThat(ledger.entries())
                .extracting(Cost::budgetLine)
                .containsExactly("AVRR-JO/TRV", "AVRR-JO/TRV", "AVRR-JO/ESC", "AVRR-JO/TRV");
        assertThat(ledger.byBudgetLine())
                .extracting(CostLedger.Total::key, CostLedger.Total::currency, t -> t.amount()
                        .toPlainString())
                .containsExactly(
                        tuple("AVRR-JO/TRV", "JOD", "100.500"),
                        tuple("AVRR-JO/ESC", "USD", "30.50"),
                        tuple("AVRR-JO/TRV", "USD", "32.25"));
        assertThat(ledger.byCategory())
                .extracting(CostLedger.Total::key, CostLedger.Total::currency, t -> t.amount()
                        .toPlainString())
                .containsExactly(
                        tuple("TICKET", "JOD", "100.500"),
                        tuple("ESCORT", "USD", "30.50"),
                        tuple("TICKET", "USD", "20.00"),
                        tuple("TRANSIT", "USD", "12.25"));
    }

    @Test
    void aMistakeIsReversedOnceByANegativeEntryLinkedToItWithItsReasonAndNothingIsEdited() throws Exception {
        UUID request = request("JO-AMM", "MVRV");
        UUID kept = costs.record(request, cost("PER_DIEM", "AVRR-JO/DSA", "45", "JOD"));
        UUID mistake = costs.record(request, cost("PER_DIEM", "AVRR-JO/DSA", "45", "JOD"));
        UUID reversal = costs.reverse(request, mistake, "  Entered twice  ");

        CostLedger ledger = costs.ledger(request);
        assertThat(ledger.entries())
                .extracting(Cost::id, c -> c.amount().toPlainString(), Cost::reverses, Cost::reason, Cost::reversed)
                .containsExactly(
                        tuple(kept, "45.000", null, null, false),
                        tuple(mistake, "45.000", null, null, true),
                        tuple(reversal, "-45.000", mistake, "Entered twice", false));
        assertThat(ledger.byBudgetLine())
                .extracting(t -> t.amount().toPlainString())
                .containsExactly("45.000");

        assertThat(refusal(() -> costs.reverse(request, mistake, "again")))
                .containsExactly(":movement.cost.already-reversed");
        assertThat(refusal(() -> costs.reverse(request, reversal, "undo")))
                .containsExactly(":movement.cost.reversal-of-reversal");
        assertThat(refusal(() -> costs.reverse(request, kept, " ")))
                .containsExactly("reason:movement.cost.reason-required");
        assertThat(jdbc.sql("select count(*) from movement.cost where request_id = :r")
                        .param("r", request)
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
        assertThatThrownBy(() -> jdbc.sql("update movement.cost set amount = 1 where id = :id")
                        .param("id", mistake)
                        .update())
                .hasMessageContaining("movement costs are a ledger");
        assertThatThrownBy(() -> jdbc.sql("delete from movement.cost where id = :id")
                        .param("id", mistake)
                        .update())
                .hasMessageContaining("movement costs are a ledger");
    }

    @Test
    void refusesANegativeAmountTooManyDecimalsAnUnknownCurrencyAndABlankBudgetLineNamingEachField() throws Exception {
        UUID request = request("JO-AMM", "MVRF");
        assertThat(refusal(() -> costs.record(request, cost("TICKET", "AVRR-JO/TRV", "-10", "USD"))))
                .containsExactly("amount:movement.money.positive");
        assertThat(refusal(() -> costs.record(request, cost("TICKET", "AVRR-JO/TRV", "1500.5", "JPY"))))
                .containsExactly("amount:movement.money.too-precise");
        assertThat(refusal(() -> costs.record(request, cost("TICKET", "AVRR-JO/TRV", "12.3456", "KWD"))))
                .containsExactly("amount:movement.money.too-precise");
        assertThat(refusal(() -> costs.record(request, cost("TICKET", "AVRR-JO/TRV", "10", "XYZ"))))
                .containsExactly("currency:movement.money.unknown-currency");
        assertThat(refusal(() -> costs.record(request, cost("TICKET", "  ", "10", "USD"))))
                .containsExactly("budgetLine:movement.cost.budget-line-required");
        assertThat(refusal(() -> costs.record(request, cost("TICKET", "travel; drop", "10", "USD"))))
                .containsExactly("budgetLine:movement.cost.budget-line-shape");
        assertThat(refusal(() -> costs.record(request, new CostCommand("HOTEL", null, null, null))))
                .containsExactly(
                        "category:movement.cost.unknown-category",
                        "budgetLine:movement.cost.budget-line-required",
                        "currency:movement.money.currency-required",
                        "amount:movement.money.positive");
        costs.record(request, cost("TICKET", "AVRR-JO/TRV", "12.345", "KWD"));
        costs.record(request, cost("TICKET", "AVRR-JO/TRV", "1500", "JPY"));
        assertThat(costs.ledger(request).entries())
                .extracting(c -> c.amount().toPlainString() + " " + c.currency())
                .containsExactly("12.345 KWD", "1500 JPY");
    }

    @Test
    void onlyAMovementRoleOverTheRequestsOfficeRecordsOrReversesACost() throws Exception {
        UUID amman = request("JO-AMM", "MVAC");
        UUID cost = costs.record(amman, cost("TICKET", "AVRR-JO/TRV", "10", "USD"));
        UUID coxsBazar = request("BD-CXB", "MVAD");

        identity.actAs("caseworker");
        assertThatThrownBy(() -> costs.record(amman, cost("TICKET", "AVRR-JO/TRV", "10", "USD")))
                .isInstanceOf(AccessDeniedException.class);
        identity.actAs("viewer");
        assertThatThrownBy(() -> costs.reverse(amman, cost, "Not ours")).isInstanceOf(AccessDeniedException.class);
        identity.actAs("movements");
        assertThatThrownBy(() -> costs.record(coxsBazar, cost("TICKET", "AVRR-BD/TRV", "10", "USD")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(costs.ledger(amman).entries()).hasSize(1);
        identity.actAs("admin");
        assertThat(costs.ledger(coxsBazar).entries()).isEmpty();
    }

    private UUID request(String office, String prefix) throws Exception {
        List<PersonSummary> travellers = people.register(office, prefix, 1);
        var ids = travellers.stream().map(PersonSummary::id).toList();
        identity.actAs("admin");
        return movements
                .request(new MovementRequest(travellers.get(0).officeId(), ids, ids, null, "Return", "AVRR", 72, null))
                .value();
    }

    static CostCommand cost(String category, String line, String amount, String currency) {
        return new CostCommand(category, line, new BigDecimal(amount), currency);
    }

    private static List<String> refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.violations().stream()
                    .map(RuleViolation.Violation::toString)
                    .toList();
        }
        throw new AssertionError("not refused");
    }
}
