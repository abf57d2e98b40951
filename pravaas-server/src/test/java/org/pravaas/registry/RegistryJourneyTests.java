package org.pravaas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.registry.mrz.Mrz;
import org.pravaas.registry.mrz.MrzDate;
import org.pravaas.registry.mrz.MrzFormat;
import org.pravaas.registry.mrz.MrzSex;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A registrar's main journey in Debian's Chromium: register a woman from her passport's
 * machine-readable zone; when she comes back and her name is typed in Arabic, the form shows her
 * as she types and stops a second registration; find her by an Arabic search, in Arabic.
 */
@PravaasTest
class RegistryJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aRegistrarRegistersFromAPassportAndIsWarnedWhenTheSameWomanIsTypedInArabic() throws Exception {
        web.signIn(port, "registrar", "pravaas-demo");
        web.waitFor(By.id("logout"));
        web.driver().get(url("/registry/new?lang=en"));
        String zone = Mrz.compose(new Mrz(
                MrzFormat.TD3,
                "P",
                "SYR",
                "N7710452",
                "SYR",
                MrzDate.of(LocalDate.of(1991, 7, 8)),
                MrzSex.FEMALE,
                LocalDate.of(2031, 3, 1),
                "HADDAD",
                "LINA",
                "",
                ""));
        web.waitFor(By.id("mrz")).sendKeys(zone);
        web.click(By.id("read-mrz"));
        web.waitFor(By.id("mrz-filled"));
        assertThat(web.driver().findElement(By.id("given")).getDomProperty("value"))
                .isEqualTo("LINA");
        assertThat(web.driver().findElement(By.id("family")).getDomProperty("value"))
                .isEqualTo("HADDAD");
        assertThat(web.driver().findElement(By.id("birthDate")).getDomProperty("value"))
                .isEqualTo("1991-07-08");
        assertThat(web.driver().findElement(By.id("documentNumber")).getDomProperty("value"))
                .isEqualTo("N7710452");
        web.screenshot("registry-mrz-filled");
        web.click(By.id("save"));
        assertThat(web.waitFor(By.id("person-name")).getText()).isEqualTo("LINA HADDAD");
        assertThat(web.driver().findElement(By.id("documents")).getText()).contains("N7710452");

        web.driver().get(url("/registry/new?lang=en"));
        web.waitFor(By.id("given")).sendKeys("لينا");
        web.driver().findElement(By.id("family")).sendKeys("حداد");
        web.driver().findElement(By.id("birthDate")).sendKeys("1991-07-08");
        new WebDriverWait(web.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("candidates"), "LINA HADDAD"));
        web.screenshot("registry-candidates");
        web.click(By.id("save"));
        web.waitFor(By.id("confirmedNew1"));
        assertThat(web.driver().findElement(By.id("candidates")).getText()).contains("Likely the same");
        web.click(By.cssSelector("#candidates .candidate-link"));
        assertThat(web.waitFor(By.id("person-name")).getText()).isEqualTo("LINA HADDAD");

        web.driver().get(url("/registry?lang=ar&q=" + java.net.URLEncoder.encode("لينا حداد", "UTF-8")));
        assertThat(web.waitFor(By.id("persons-table")).getText()).contains("LINA HADDAD");
        assertThat(web.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        web.screenshot("registry-search-ar");
        web.driver().get(url("/registry?lang=en"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
