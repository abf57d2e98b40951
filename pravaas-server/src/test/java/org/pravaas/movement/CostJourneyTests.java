package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A movement officer records a cost in Chromium: the section is replaced in place by htmx, a yen
 * amount with decimals is refused beside its field, the corrected cost shows in the totals, and a
 * reversal with its reason brings the budget line back to zero; the section reads in Arabic.
 */
@PravaasTest
class CostJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MovementPeople people;

    @Autowired
    Movements movements;

    @Autowired
    BatchIdentity identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMovementOfficerRecordsACostIsToldWhatIsWrongBesideTheFieldAndReversesIt() throws Exception {
        String request = url("/movements/requests/" + request());
        web.signIn(port, "movements", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(request + "?lang=en");
        new Select(web.waitFor(By.id("cost-category"))).selectByValue("TRANSIT");
        web.driver().findElement(By.id("cost-budget-line")).sendKeys("avrr-jo-2026/trv");
        web.driver().findElement(By.id("cost-amount")).sendKeys("1500.5");
        web.driver().findElement(By.id("cost-currency")).clear();
        web.driver().findElement(By.id("cost-currency")).sendKeys("JPY");
        web.click(By.id("add-cost"));
        web.waitForText(By.cssSelector(".cost-error-amount"), "JPY has 0 decimal places at most.");
        assertThat(web.driver().findElement(By.id("cost-amount")).getAttribute("class"))
                .contains("is-invalid");

        web.driver().findElement(By.id("cost-amount")).clear();
        web.driver().findElement(By.id("cost-amount")).sendKeys("1500");
        web.click(By.id("add-cost"));
        web.waitForText(By.id("cost-done"), "Cost recorded.");
        assertThat(web.driver().findElement(By.id("cost-by-line")).getText()).contains("AVRR-JO-2026/TRV", "1500 JPY");
        assertThat(web.driver().findElements(By.id("flash")))
                .as("replaced in place, not reloaded")
                .isEmpty();

        web.driver()
                .findElement(By.cssSelector(".cost-reverse input[name=reason]"))
                .sendKeys("Wrong invoice");
        web.click(By.cssSelector(".cost-reverse button"));
        web.waitForText(By.id("cost-done"), "Cost reversed.");
        assertThat(web.driver().findElement(By.id("cost-by-line")).getText()).contains("0 JPY");
        assertThat(web.driver().findElement(By.cssSelector(".cost-reversal")).getText())
                .contains("-1500 JPY", "Wrong invoice");
        web.screenshot("movement-costs");

        web.driver().get(request + "?lang=ar");
        assertThat(web.waitFor(By.id("costs")).getText()).contains("التكاليف", "العبور", "Wrong invoice");
    }

    private UUID request() throws Exception {
        List<PersonSummary> travellers = people.register("JO-AMM", "MVCJ", 1);
        List<PersonId> ids = travellers.stream().map(PersonSummary::id).toList();
        identity.actAs("admin");
        UUID id = movements
                .request(new MovementRequest(travellers.get(0).officeId(), ids, ids, null, "Return", "AVRR", 72, null))
                .value();
        SecurityContextHolder.clearContext();
        return id;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
