package org.pravaas.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pravaas.PravaasTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's main journey through governance, in Debian's Chromium: sign in, open the
 * dashboard, go back to 1985, open a member's page and see whether it may vote, and why not.
 * Without Chromium it skips, except in CI, where it fails.
 */
@PravaasTest
class GovernanceJourneyTests {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true but Chromium is missing: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(
                present, "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=en",
                "--user-data-dir="
                        + Path.of("target/chrome-profile-" + UUID.randomUUID()).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
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

        setDate(browser.findElement(By.id("asOf")), "1985-01-01");
        click(By.id("as-of-apply"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("asOf=1985-01-01"));
        assertThat(waitFor(By.id("organisation-name")).getText())
                .contains("Intergovernmental Council for Migrant Movement");
        assertThat(browser.findElement(By.id("leaders")).getText()).contains("Jan-Pieter Verhoeven");

        click(By.id("members-link"));
        waitFor(By.id("members-table"));
        click(By.cssSelector("#member-BO a"));
        assertThat(waitFor(By.id("state-name")).getText()).isEqualTo("Bolivia");
        assertThat(browser.findElement(By.id("voting-right")).getText())
                .contains("May not vote")
                .contains("two preceding years");
        screenshot("governance-member-1985");

        setDate(browser.findElement(By.id("asOf")), "1995-01-01");
        click(By.id("as-of-apply"));
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

    /** Brings the element into view first: a real user scrolls before clicking. */
    private static void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Date inputs take typed text in the browser's locale; setting the value is locale-free. */
    private static void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("logout"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target/screenshots/" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
