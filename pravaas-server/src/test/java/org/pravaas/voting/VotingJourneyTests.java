package org.pravaas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
    private static Browser web;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Elections elections;

    @Autowired
    Stations stations;

    @BeforeAll
    static void startBrowser() {
        web = Browser.start();
        browser = web.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (web != null) web.close();
    }

    @Test
    void anOfficialRegistersAVoterThenRecordsHerVoteOnceAtThePollingDesk() throws Exception {
        var election = elections.byCode("OCV-2026").orElseThrow();
        var seoul = stations.byCode(election.id(), "KR-SEL-01").orElseThrow();
        web.signIn(port, "elections", "pravaas-demo");
        web.waitFor(By.id("logout"));
        browser.get(url("/voting/elections/" + election.id() + "/register?station=" + seoul.id() + "&lang=en"));
        web.waitFor(By.id("given")).sendKeys("서연");
        browser.findElement(By.id("family")).sendKeys("박");
        web.setDate(browser.findElement(By.id("birthDate")), "1993-05-05");
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        new Select(browser.findElement(By.id("document1Kind"))).selectByValue("PASSPORT");
        browser.findElement(By.id("document1Number")).sendKeys("M55501234");
        new Select(browser.findElement(By.id("document2Kind"))).selectByValue("CONSULAR_CARD");
        browser.findElement(By.id("document2Number")).sendKeys("SEL-2291");
        web.screenshot("voting-register");
        web.click(By.id("save"));
        assertThat(web.waitFor(By.id("voter-name")).getText()).isEqualTo("서연 박");
        assertThat(browser.findElement(By.id("voter-status")).getText()).isEqualTo("On the list");
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertThat(receipt).startsWith("OCV-2026-");

        browser.get(url("/voting/stations/" + seoul.id() + "/poll?lang=en"));
        web.waitFor(By.id("receipt-input")).sendKeys(receipt);
        web.click(By.id("find-receipt"));
        assertThat(web.waitFor(By.id("check-in-name")).getText()).isEqualTo("서연 박");
        web.click(By.id("record-vote"));
        assertThat(web.waitFor(By.id("vote-recorded")).getText()).contains("The vote is recorded");
        web.screenshot("voting-poll");

        browser.get(url("/voting/stations/" + seoul.id() + "/poll?lang=en"));
        web.waitFor(By.id("receipt-input")).sendKeys(receipt);
        web.click(By.id("find-receipt"));
        assertThat(web.waitFor(By.id("already")).getText()).contains("Already voted");
        assertThat(browser.findElements(By.id("record-vote"))).isEmpty();

        browser.get(url("/voting/elections/" + election.id() + "/results?lang=ar"));
        web.waitFor(By.id("results-country"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("voting-results-ar");
        browser.get(url("/voting?lang=en"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
