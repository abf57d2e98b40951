package org.pravaas.displacement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pravaas.Browser;
import org.pravaas.PravaasTest;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.displacement.operation.Round;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An enumerator's journey in Debian's Chromium: the dashboard draws its charts, an assessment
 * whose sex and age groups do not add up is refused beside the field, fixed it is saved, the map
 * draws the areas and sites, and the HXL export downloads. Skips without Chromium, except in CI.
 */
@PravaasTest
class DisplacementJourneyTests {
    @RegisterExtension
    static final Browser web = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Operations operations;

    @Test
    void anEnumeratorEntersAnAssessmentThenSeesTheDashboardMapAndExport() throws Exception {
        UUID op = operations.byCode("BGD-CXB").orElseThrow().id();
        Round open = operations.round(op, 6).orElseThrow();
        web.signIn(port, "enumerator", "pravaas-demo");
        web.driver().get(url("/displacement/operations/" + op + "?lang=en"));
        waitUntil(By.cssSelector("#dashboard[data-rendered='true']"));
        assertThat(web.driver().findElements(By.cssSelector("#chart-rounds svg path")))
                .isNotEmpty();
        assertThat(web.driver().findElements(By.cssSelector("#origin-destination tbody tr")))
                .isNotEmpty();
        web.screenshot("displacement-dashboard");

        web.click(By.id("tab-enter"));
        web.waitFor(By.id("assessment-form"));
        new Select(web.driver().findElement(By.id("kind"))).selectByValue("BASELINE");
        type("areaPcode", "BD202216");
        web.setDate(
                web.driver().findElement(By.id("assessedOn")),
                open.startsOn().plusDays(1).toString());
        type("households", "10");
        type("individuals", "50");
        type("idps", "50");
        for (String zero : new String[] {"returnees", "refugees", "host"}) {
            type(zero, "0");
        }
        for (String cell : new String[] {"femaleChildren", "maleChildren", "femaleAdults", "maleAdults"}) {
            type(cell, "10");
        }
        type("femaleElderly", "5");
        type("maleElderly", "4");
        type("comment", "Cyclone shelter count");
        web.click(By.id("save-assessment"));
        assertThat(web.waitFor(By.cssSelector(".invalid-feedback")).getText())
                .contains("add up to 49, not to the 50 individuals");
        web.screenshot("displacement-assessment-refused");

        type("maleElderly", "5");
        web.click(By.id("save-assessment"));
        assertThat(web.waitFor(By.id("flash")).getText()).contains("assessment is saved");
        assertThat(web.driver().findElement(By.id("assessments")).getText()).contains("Chakaria");

        web.driver().get(url("/displacement/operations/" + op + "/map?lang=en"));
        waitUntil(By.cssSelector("#map[data-rendered='true']"));
        assertThat(web.driver().findElements(By.cssSelector("#map path.leaflet-interactive")))
                .hasSizeGreaterThanOrEqualTo(5 + 10);
        web.screenshot("displacement-map");

        String href = web.driver().findElement(By.id("tab-dashboard")).getAttribute("href");
        web.driver().get(href);
        String exportUrl = web.driver().findElement(By.id("export-csv")).getAttribute("href");
        Object csv = ((JavascriptExecutor) web.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done);",
                        exportUrl);
        assertThat(String.valueOf(csv)).contains("#adm1+name,#adm1+code").contains("#affected+idps+ind");
    }

    private void type(String id, String text) {
        var input = web.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void waitUntil(By by) {
        // Charts render after their data arrives; on a loaded 2-core CI machine that can take a while.
        new WebDriverWait(web.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
