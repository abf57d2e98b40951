package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's main journey through governance, in Debian's Chromium: sign in, open the
 * dashboard, go back to 1985, open a member's page and see whether it may vote, and why not.
 * Without Chromium it skips, except in CI, where it fails.
 */
@PravaasTest
class GovernanceJourneyTests {
    private static Browser web;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        web = Browser.start();
        browser = web.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void anOfficerGoesBackTo1985AndSeesWhoCouldVote() throws Exception {
        signIn("governance", "pravaas-demo");
        browser.get(url("/governance?lang=en"));
        assertThat(waitFor(By.id("governance-title")).getText()).isEqualTo("Governance");
        assertThat(browser.findElement(By.id("organisation-name")).getText())
                .contains("World Organisation for Human Mobility");
        assertThat(browser.findElements(By.cssSelector("#members-chart rect"))).hasSizeGreaterThan(70);
        screenshot("governance-dashboard");

        web.setDate(browser.findElement(By.id("asOf")), "1985-01-01");
        web.click(By.id("as-of-apply"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("asOf=1985-01-01"));
        assertThat(waitFor(By.id("organisation-name")).getText())
                .contains("Intergovernmental Council for Migrant Movement");
        assertThat(browser.findElement(By.id("leaders")).getText()).contains("Jan-Pieter Verhoeven");

        web.click(By.id("members-link"));
        waitFor(By.id("members-table"));
        web.click(By.cssSelector("#member-BO a"));
        assertThat(waitFor(By.id("state-name")).getText()).isEqualTo("Bolivia");
        assertThat(browser.findElement(By.id("voting-right")).getText())
                .contains("May not vote")
                .contains("two preceding years");
        screenshot("governance-member-1985");

        web.setDate(browser.findElement(By.id("asOf")), "1995-01-01");
        web.click(By.id("as-of-apply"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("asOf=1995-01-01"));
        assertThat(waitFor(By.id("voting-right")).getText()).contains("May vote");
    }

    @Test
    void theDashboardReadsRightToLeftInArabic() throws Exception {
        signIn("viewer", "pravaas-demo");
        browser.get(url("/governance?lang=ar"));
        waitFor(By.id("members-chart"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.findElement(By.id("governance-title")).getText()).isEqualTo("الحوكمة");
        screenshot("governance-dashboard-ar");
        browser.get(url("/governance?lang=en"));
    }

    private void signIn(String username, String password) {
        web.signIn(port, username, password);
        waitFor(By.id("logout"));
    }

    private WebElement waitFor(By by) {
        return web.waitFor(by);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        web.screenshot(name);
    }
}
