package org.pravaas.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker's main journey in Debian's Chromium: open the Beirut mission's assignment for
 * intensive care nurses, read why the first candidate ranks first, offer her the place, record
 * her acceptance, see a payment outside the contract refused with its reason, and read the
 * placement in Arabic, right to left.
 */
@PravaasTest
class SkillsJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aCaseworkerOffersTheBestRankedNurseAPlaceAndRecordsHerAcceptance() throws Exception {
        web.signIn(port, "caseworker", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(url("/skills/openings?lang=en&q=intensive"));
        web.click(By.cssSelector("#openings-table tbody a"));
        assertThat(web.waitFor(By.id("opening-title")).getText())
                .isEqualTo("Intensive care nurses for a teaching hospital");
        String first = web.driver()
                .findElement(By.cssSelector("#candidates .candidate"))
                .getText();
        assertThat(first).contains("Occupation 40/40").contains("same unit group 2221");
        web.screenshot("skills-candidates");
        web.click(By.cssSelector("#candidates .candidate .offer"));
        assertThat(web.waitFor(By.id("placement-status")).getText()).isEqualTo("Offered");
        web.click(By.id("move-accepted"));
        assertThat(web.waitFor(By.id("placement-status")).getText()).isEqualTo("Accepted");
        String placement = web.driver().getCurrentUrl().replaceAll("[?].*", "");

        web.driver().findElement(By.id("amount")).sendKeys("800");
        web.setDate(web.driver().findElement(By.id("periodFrom")), "2020-01-01");
        web.setDate(web.driver().findElement(By.id("periodTo")), "2020-01-31");
        web.setDate(web.driver().findElement(By.id("paidOn")), "2030-01-31");
        web.click(By.id("record-payment"));
        assertThat(web.waitFor(By.id("payment-form")).getText()).contains("outside the contract");

        web.driver().get(placement + "?lang=ar");
        assertThat(web.waitFor(By.id("placement-status")).getText()).isEqualTo("مقبول");
        assertThat(web.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("skills-placement-ar");
        web.driver().get(url("/skills?lang=en"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
