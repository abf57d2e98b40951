package org.pravaas.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** The casework pages as their users reach them, in every language. */
@PravaasTest
class CaseworkPagesTests {
    @LocalServerPort
    int port;

    @Autowired
    CaseworkFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient web = new WebClient(port);
        web.signIn(user, "pravaas-demo");
        return web;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "hi", "ko"})
    void everyPageAnswersInEachLanguage(String lang) throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        WebClient web = signedIn("caseworker");
        for (String path : new String[] {
            "/cases/" + c.id(), "/cases", "/cases/new", "/cases/tasks", "/cases/approvals", "/cases/referrals",
            "/cases/transfers", "/cases/dashboard", "/cases/definitions", "/cases/definitions/avrr", "/casework/help"
        }) {
            var page = web.get(path + "?lang=" + lang);
            assertThat(page.statusCode()).as(path + " in " + lang).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("??");
        }
        assertThat(web.get("/cases/" + c.id() + "?lang=" + lang).body()).contains(c.reference());
    }

    @Test
    void aRequiredFieldMissingIsShownOnTheCasePageAndTheStageStays() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        WebClient web = signedIn("caseworker");
        var refused = web.post("/cases/" + c.id(), "/cases/" + c.id() + "/move?lang=en",
                Map.of("version", String.valueOf(c.version()), "to", "interview"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"").contains("Referred by must be filled first.");
        var moved = web.post("/cases/" + c.id(), "/cases/" + c.id() + "/move",
                Map.of("version", String.valueOf(c.version()), "to", "interview", "field.referral_source", "UNHCR"));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(web.get("/cases/" + c.id() + "?lang=en").body()).contains("Moved from Referral to Interview");
    }
}
