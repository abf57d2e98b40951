package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anOfficerGoesBackTo1985AndSeesWhoCouldVote() throws Exception {
        signIn("governance", "pravaas-demo");
        web.driver().get(url("/governance?lang=en"));
        assertThat(waitFor(By.id("governance-title")).getText()).isEqualTo("Governance");
        assertThat(web.driver().findElement(By.id("organisation-name")).getText())
                .contains("World Organisation for Human Mobility");
        assertThat(web.driver().findElements(By.cssSelector("#members-chart rect")))
                .hasSizeGreaterThan(70);
        screenshot("governance-dashboard");

        web.setDate(web.driver().findElement(By.id("asOf")), "1985-01-01");
        web.click(By.id("as-of-apply"));
        new WebDriverWait(web.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("asOf=1985-01-01"));
        assertThat(waitFor(By.id("organisation-name")).getText())
                .contains("Intergovernmental Council for Migrant Movement");
        assertThat(web.driver().findElement(By.id("leaders")).getText()).contains("Jan-Pieter Verhoeven");

        web.click(By.id("members-link"));
        waitFor(By.id("members-table"));
        web.click(By.cssSelector("#member-BO a"));
        assertThat(waitFor(By.id("state-name")).getText()).isEqualTo("Bolivia");
        assertThat(web.driver().findElement(By.id("voting-right")).getText())
                .contains("May not vote")
                .contains("two preceding years");
        screenshot("governance-member-1985");

        web.setDate(web.driver().findElement(By.id("asOf")), "1995-01-01");
        web.click(By.id("as-of-apply"));
        new WebDriverWait(web.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("asOf=1995-01-01"));
        assertThat(waitFor(By.id("voting-right")).getText()).contains("May vote");
    }

    @Test
    void theDashboardReadsRightToLeftInArabic() throws Exception {
        signIn("viewer", "pravaas-demo");
        web.driver().get(url("/governance?lang=ar"));
        waitFor(By.id("members-chart"));
        assertThat(web.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(web.driver().findElement(By.id("governance-title")).getText())
                .isEqualTo("الحوكمة");
        screenshot("governance-dashboard-ar");
        web.driver().get(url("/governance?lang=en"));
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
