package org.pravaas.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.organization.office.Offices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journeys a person takes, in Debian's Chromium: sign in, see the dashboard, switch to
 * Arabic and get a right-to-left page, mistype a password, reach another mission's office,
 * sign out. Without Chromium they skip, except in CI, where they fail.
 */
@PravaasTest
class BrowserJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Offices offices;

    @Test
    void signInSeeTheDashboardSwitchToArabicAndSignOut() throws Exception {
        signIn("admin", "pravaas-demo");
        assertThat(waitFor(By.id("dashboard-title")).getText()).contains("Amina Diallo");
        assertThat(web.driver().findElement(By.id("who")).getText())
                .contains("HQ")
                .contains("Administrator");
        screenshot("dashboard");
        web.driver().get(url("/admin/offices"));
        assertThat(waitFor(By.id("offices-table")).getText()).contains("KR-SEL");
        screenshot("offices");
        web.driver().get(url("/"));
        web.driver().findElement(By.id("language-menu")).click();
        waitFor(By.id("lang-ar")).click();
        waitFor(By.id("dashboard-title"));
        assertThat(web.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(web.driver().findElement(By.tagName("link")).getDomAttribute("href"))
                .contains("bootstrap.rtl");
        screenshot("dashboard-ar");
        web.driver().get(url("/?lang=en"));
        web.driver().findElement(By.id("logout")).click();
        assertThat(waitFor(By.id("logged-out")).isDisplayed()).isTrue();
    }

    @Test
    void aWrongPasswordShowsTheError() {
        signIn("viewer", "certainly-not-it");
        assertThat(waitFor(By.id("login-error")).getText()).isNotBlank();
        assertThat(web.driver().getCurrentUrl()).contains("/login?error=bad");
    }

    @Test
    void anOfficeOutsideTheUsersMissionsIsForbidden() {
        signIn("registrar", "pravaas-demo");
        web.driver()
                .get(url("/admin/offices/"
                        + offices.findByCode("KR-SEL").orElseThrow().id()));
        assertThat(waitFor(By.id("error-403")).isDisplayed()).isTrue();
        web.driver().get(url("/admin/offices"));
        assertThat(web.driver().findElement(By.id("offices-table")).getText())
                .contains("JO-AMM")
                .doesNotContain("KR-SEL");
        web.driver().findElement(By.id("logout")).click();
    }

    private void signIn(String username, String password) {
        web.signIn(port, username, password);
    }

    private org.openqa.selenium.WebElement waitFor(By by) {
        return web.waitFor(by);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        web.screenshot(name);
    }
}
