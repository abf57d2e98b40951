package org.pravaas.home;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Offices offices;

    @BeforeAll
    static void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail(
                    "CI=true but Chromium is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(
                present,
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not"
                        + " installed (apt-get install chromium chromium-driver)");
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
                "--window-size=1280,900",
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
    void signInSeeTheDashboardSwitchToArabicAndSignOut() throws Exception {
        signIn("admin", "pravaas-demo");
        assertThat(waitFor(By.id("dashboard-title")).getText()).contains("Amina Diallo");
        assertThat(browser.findElement(By.id("who")).getText()).contains("HQ").contains("Administrator");
        screenshot("dashboard");
        browser.get(url("/admin/offices"));
        assertThat(waitFor(By.id("offices-table")).getText()).contains("KR-SEL");
        screenshot("offices");
        browser.get(url("/"));
        browser.findElement(By.id("language-menu")).click();
        waitFor(By.id("lang-ar")).click();
        waitFor(By.id("dashboard-title"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("link")).getDomAttribute("href"))
                .contains("bootstrap.rtl");
        screenshot("dashboard-ar");
        browser.get(url("/?lang=en"));
        browser.findElement(By.id("logout")).click();
        assertThat(waitFor(By.id("logged-out")).isDisplayed()).isTrue();
    }

    @Test
    void aWrongPasswordShowsTheError() {
        signIn("viewer", "certainly-not-it");
        assertThat(waitFor(By.id("login-error")).getText()).isNotBlank();
        assertThat(browser.getCurrentUrl()).contains("/login?error=bad");
    }

    @Test
    void anOfficeOutsideTheUsersMissionsIsForbidden() {
        signIn("registrar", "pravaas-demo");
        browser.get(url(
                "/admin/offices/" + offices.findByCode("KR-SEL").orElseThrow().id()));
        assertThat(waitFor(By.id("error-403")).isDisplayed()).isTrue();
        browser.get(url("/admin/offices"));
        assertThat(browser.findElement(By.id("offices-table")).getText())
                .contains("JO-AMM")
                .doesNotContain("KR-SEL");
        browser.findElement(By.id("logout")).click();
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private org.openqa.selenium.WebElement waitFor(By by) {
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
