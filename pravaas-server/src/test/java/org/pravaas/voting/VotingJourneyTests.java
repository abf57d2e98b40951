package org.pravaas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Stations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An election official's day in Debian's Chromium: register a voter in Hangul at the Seoul
 * station, take the receipt number to the polling desk, record the vote, see the second attempt
 * refused, and read the results right-to-left in Arabic.
 */
@PravaasTest
class VotingJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Elections elections;

    @Autowired
    Stations stations;

    @Test
    void anOfficialRegistersAVoterThenRecordsHerVoteOnceAtThePollingDesk() throws Exception {
        var election = elections.byCode("OCV-2026").orElseThrow();
        var seoul = stations.byCode(election.id(), "KR-SEL-01").orElseThrow();
        web.signIn(port, "elections", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(url("/voting/elections/" + election.id() + "/register?station=" + seoul.id() + "&lang=en"));
        web.waitFor(By.id("given")).sendKeys("서연");
        web.driver().findElement(By.id("family")).sendKeys("박");
        web.setDate(web.driver().findElement(By.id("birthDate")), "1993-05-05");
        new Select(web.driver().findElement(By.id("sex"))).selectByValue("F");
        new Select(web.driver().findElement(By.id("document1Kind"))).selectByValue("PASSPORT");
        web.driver().findElement(By.id("document1Number")).sendKeys("M55501234");
        new Select(web.driver().findElement(By.id("document2Kind"))).selectByValue("CONSULAR_CARD");
        web.driver().findElement(By.id("document2Number")).sendKeys("SEL-2291");
        web.screenshot("voting-register");
        web.click(By.id("save"));
        assertThat(web.waitFor(By.id("voter-name")).getText()).isEqualTo("서연 박");
        assertThat(web.driver().findElement(By.id("voter-status")).getText()).isEqualTo("On the list");
        String receipt = web.driver().findElement(By.id("receipt")).getText();
        assertThat(receipt).startsWith("OCV-2026-");

        web.driver().get(url("/voting/stations/" + seoul.id() + "/poll?lang=en"));
        web.waitFor(By.id("receipt-input")).sendKeys(receipt);
        web.click(By.id("find-receipt"));
        assertThat(web.waitFor(By.id("check-in-name")).getText()).isEqualTo("서연 박");
        web.click(By.id("record-vote"));
        assertThat(web.waitFor(By.id("vote-recorded")).getText()).contains("The vote is recorded");
        web.screenshot("voting-poll");

        web.driver().get(url("/voting/stations/" + seoul.id() + "/poll?lang=en"));
        web.waitFor(By.id("receipt-input")).sendKeys(receipt);
        web.click(By.id("find-receipt"));
        assertThat(web.waitFor(By.id("already")).getText()).contains("Already voted");
        assertThat(web.driver().findElements(By.id("record-vote"))).isEmpty();

        web.driver().get(url("/voting/elections/" + election.id() + "/results?lang=ar"));
        web.waitFor(By.id("results-country"));
        assertThat(web.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("voting-results-ar");
        web.driver().get(url("/voting?lang=en"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
