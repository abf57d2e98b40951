package org.pravaas.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A health officer's main journey in Debian's Chromium: find a refugee, schedule an assessment,
 * type an impossible temperature and see it refused beside the field, try to clear the traveller
 * before the X-ray and see what is missing, record it, declare the traveller fit and see the
 * status on the person's page, then read it in Arabic, right to left.
 */
@PravaasTest
class HealthJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aHealthOfficerAssessesARefugeeAndDeclaresHerFitToTravel() throws Exception {
        web.signIn(port, "health", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(url("/health?lang=en"));
        web.waitFor(By.id("worklist"));
        web.screenshot("health-worklist");
        web.waitFor(By.id("find")).sendKeys("CXBH00057");
        web.click(By.id("find-person"));
        web.waitFor(By.cssSelector("#found-table .health-person-link"));
        web.click(By.cssSelector("#found-table .health-person-link"));
        web.waitFor(By.id("schedule-form"));
        new Select(web.driver().findElement(By.id("profileId"))).selectByVisibleText("Australia visa (AU-VISA v1)");
        web.driver().findElement(By.id("clinic")).sendKeys("Journey clinic");
        web.click(By.id("schedule"));

        web.waitFor(By.id("clearance-pdf"));
        web.driver().findElement(By.id("physician")).sendKeys("Dr. Journey");
        web.setDate(
                web.driver().findElement(By.id("examinedOn")),
                java.time.LocalDate.now().toString());
        web.driver().findElement(By.id("temperatureC")).sendKeys("60");
        web.driver().findElement(By.id("weightKg")).sendKeys("58");
        web.click(By.id("save-assessment"));
        WebElement error = web.waitFor(By.cssSelector("#assessment-form .invalid-feedback"));
        assertThat(error.getText()).contains("60 is impossible here");
        web.screenshot("health-vitals-refused");
        web.driver().findElement(By.id("temperatureC")).clear();
        web.driver().findElement(By.id("temperatureC")).sendKeys("36.8");
        web.click(By.id("save-assessment"));
        assertThat(web.waitFor(By.id("flash")).getText()).contains("Findings saved");

        web.click(By.id("issue-decision"));
        assertThat(web.waitFor(By.cssSelector("#decision-form .alert-danger")).getText())
                .contains("requires a chest X-ray result from age 11");
        web.setDate(
                web.driver().findElement(By.id("xrayOn")),
                java.time.LocalDate.now().toString());
        new Select(web.driver().findElement(By.id("xrayResult"))).selectByValue("NORMAL");
        new Select(web.driver().findElement(By.id("tbClass"))).selectByValue("NO_TB");
        web.click(By.id("save-assessment"));
        web.waitFor(By.id("flash"));
        web.click(By.id("issue-decision"));
        new org.openqa.selenium.support.ui.WebDriverWait(web.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.id("flash"), "Decision issued"));
        assertThat(web.driver().findElement(By.id("assessment-status")).getText())
                .isEqualTo("Decided");

        web.click(By.id("person-name"));
        assertThat(web.waitFor(By.id("travel-status")).getText()).startsWith("Fit to travel until");
        web.screenshot("health-person-fit");
        web.driver().get(web.driver().getCurrentUrl().replaceAll("\\?.*", "") + "?lang=ar");
        assertThat(web.waitFor(By.id("travel-status")).getText()).startsWith("لائق للسفر حتى");
        assertThat(web.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("health-person-ar");
        web.driver().get(url("/health?lang=en"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
