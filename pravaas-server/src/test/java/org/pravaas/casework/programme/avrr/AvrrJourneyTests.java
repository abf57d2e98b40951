package org.pravaas.casework.programme.avrr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A caseworker’s AVRR journey in Debian’s Chromium, on the case page: plan cash assistance in
 * Jordanian dinars, be told why an amount finer than the fils is refused, record a monitoring
 * visit and read its scores, then the section in Arabic, right to left.
 */
@PravaasTest
class AvrrJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeFixtures cases;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerPlansAssistanceAndScoresAMonitoringVisit() throws Exception {
        CaseId c = cases.open("avrr", "assistance");
        SecurityContextHolder.clearContext();
        web.signIn(port, "caseworker", "pravaas-demo");
        web.waitFor(By.id("logout"));
        String page = "http://localhost:" + port + "/cases/" + c + "?lang=en";

        web.driver().get(page);
        assistance("CASH", "150.250", "JOD");
        web.waitForText(By.id("flash"), "Assistance saved.");
        assertThat(web.driver().findElement(By.id("assistance")).getText()).contains("Cash", "150.250");

        assistance("EDUCATION", "10.0005", "JOD");
        web.waitForText(By.id("programme-problems"), "JOD has 3 decimals");

        cases.stage(c, "monitoring");
        web.driver().get(page);
        web.click(By.id("visit-toggle"));
        web.setDate(web.waitFor(By.id("visit-date")), LocalDate.now().toString());
        for (WebElement answer : web.driver().findElements(By.cssSelector("#visit-form select"))) {
            new Select(answer).selectByValue("2");
        }
        web.click(By.id("save-visit"));
        web.waitForText(By.id("flash"), "Monitoring visit recorded.");
        assertThat(web.driver().findElement(By.id("visits")).getText()).contains("50%", "caseworker");

        web.driver().get("http://localhost:" + port + "/cases/" + c + "?lang=ar");
        web.waitForText(By.id("avrr-panel"), "إعادة الإدماج");
        assertThat(web.driver().findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("avrr-case-ar");
    }

    private void assistance(String type, String amount, String currency) {
        new Select(web.waitFor(By.id("assistance-type"))).selectByValue(type);
        web.driver().findElement(By.id("assistance-amount")).sendKeys(amount);
        web.driver().findElement(By.id("assistance-currency")).sendKeys(currency);
        web.setDate(
                web.driver().findElement(By.id("assistance-planned")),
                LocalDate.now().toString());
        web.click(By.id("add-assistance"));
    }
}
