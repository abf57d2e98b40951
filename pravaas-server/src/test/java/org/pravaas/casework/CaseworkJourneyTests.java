package org.pravaas.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.registry.PersonSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A caseworker's main journey in Debian's Chromium: open a resettlement case for a registered
 * person, fill the referral form, add a task, move the case to the interview stage, read the
 * timeline, then see the case right-to-left in Arabic.
 */
@PravaasTest
class CaseworkJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    CaseworkFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerOpensACaseAddsATaskMovesItAndReadsTheTimeline() throws Exception {
        PersonSummary person = fixtures.people(1).get(0);
        SecurityContextHolder.clearContext();
        web.signIn(port, "caseworker", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(url("/cases/new?lang=en"));
        new Select(web.waitFor(By.id("programme"))).selectByValue("resettlement");
        web.driver().findElement(By.id("person")).sendKeys(person.reference());
        web.click(By.id("open"));
        flash("The case was opened.");
        assertThat(web.driver().findElement(By.id("stage")).getText()).isEqualTo("Referral");

        new Select(web.driver().findElement(By.id("field-referral_source"))).selectByValue("UNHCR");
        web.click(By.id("save-values"));
        flash("The form was saved.");

        web.driver().findElement(By.id("task-title")).sendKeys("Call the family about the interview");
        web.setDate(
                web.driver().findElement(By.id("task-due")),
                LocalDate.now().plusDays(3).toString());
        web.click(By.id("add-task"));
        flash("The task was added.");
        assertThat(web.driver().findElement(By.id("tasks")).getText()).contains("Call the family about the interview");

        web.click(By.id("move-interview"));
        flash("The case moved to its next stage.");
        assertThat(web.driver().findElement(By.id("stage")).getText()).isEqualTo("Interview");
        String timeline = web.driver().findElement(By.id("timeline")).getText();
        assertThat(timeline)
                .contains("Moved from Referral to Interview")
                .contains("Task added: Call the family about the interview")
                .contains("Form saved: Referred by");
        assertThat(web.driver().findElement(By.id("history")).getText()).contains("Referral", "Interview");
        web.screenshot("casework-case");

        web.driver().get(web.driver().getCurrentUrl().replaceAll("\\?.*", "") + "?lang=ar");
        assertThat(web.waitFor(By.id("stage")).getText()).isEqualTo("المقابلة");
        assertThat(web.driver().findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("casework-case-ar");
    }

    /**
     * Waits for the message of the page a click leads to. Chromium may answer for a node of the page
     * being left while the next one loads; that answer is ignored and asked again.
     */
    private void flash(String text) {
        new WebDriverWait(web.driver(), Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("flash")).getText().contains(text));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
