package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A movement officer's main journey in Debian's Chromium: open a request for two people of the
 * demo family, add a flight in local time, book and ticket them, try to confirm the flight and
 * read why nobody may board (no papers, no fit-to-travel), then the same refusal in Arabic.
 */
@PravaasTest
class MovementJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MovementPeople people;

    @Autowired
    BatchIdentity identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMovementOfficerBooksAFlightAndIsToldWhyNobodyMayBeConfirmed() throws Exception {
        identity.actAs("admin");
        List<PersonSummary> family = people.find("AMMV", 2);
        SecurityContextHolder.clearContext();
        web.signIn(port, "movements", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(url("/movements/requests/new?lang=en"));
        web.waitFor(By.id("references"))
                .sendKeys(family.get(0).reference() + "\n" + family.get(1).reference());
        web.driver().findElement(By.id("reason")).sendKeys("Family reunification");
        web.driver().findElement(By.id("programme")).sendKeys("FRP");
        web.click(By.id("open-request"));
        web.waitForText(By.id("flash"), "Movement request opened");
        String request = web.driver().getCurrentUrl();

        web.driver().get(url("/movements/legs/new?lang=en"));
        new Select(web.waitFor(By.id("mode"))).selectByValue("FLIGHT");
        web.driver().findElement(By.id("carrier")).sendKeys("ME");
        web.driver().findElement(By.id("number")).sendKeys("313");
        web.driver().findElement(By.id("origin")).sendKeys("AMM");
        web.driver().findElement(By.id("destination")).sendKeys("BEY");
        String day = LocalDate.now().plusDays(9).toString();
        web.setDate(web.driver().findElement(By.id("departsLocal")), day + "T08:00");
        web.setDate(web.driver().findElement(By.id("arrivesLocal")), day + "T09:10");
        web.click(By.id("add-leg"));
        web.waitForText(By.id("flash"), "Leg added");
        assertThat(web.driver().findElement(By.id("leg-line")).getText()).contains("Asia/Amman", "Asia/Beirut");

        web.driver().get(request);
        new Select(web.waitFor(By.id("leg1"))).selectByVisibleText("ME 313 AMM→BEY " + day + " 08:00");
        web.driver().findElement(By.id("fare")).sendKeys("145.500");
        web.driver().findElement(By.id("currency")).clear();
        web.driver().findElement(By.id("currency")).sendKeys("JOD");
        web.click(By.id("book"));
        web.waitForText(By.id("flash"), "Itinerary booked");
        web.click(By.id("ticket"));
        web.waitForText(By.id("flash"), "Bookings updated");
        web.click(By.cssSelector("#bookings a"));

        web.waitFor(By.id("failures"));
        String leg = web.driver().getCurrentUrl().replaceAll("\\?.*", "");
        web.click(By.id("confirm-all"));
        String problems = web.waitFor(By.id("problems")).getText();
        assertThat(problems).contains(family.get(0).name(), "no travel document recorded", "no fit-to-travel decision");
        web.screenshot("movement-confirm-refused");
        web.driver().get(leg + "?lang=ar");
        assertThat(web.waitFor(By.id("failures")).getText()).contains("لا توجد وثيقة سفر مسجلة");
        web.screenshot("movement-leg-ar");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
