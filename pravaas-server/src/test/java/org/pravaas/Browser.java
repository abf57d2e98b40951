package org.pravaas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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

/**
 * Debian's headless Chromium for the browser journeys, and what a person does with it. Without
 * Chromium the journeys skip with a message, except in CI ({@code CI=true}), where they fail.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private @Nullable WebDriver driver;

    /**
     * One browser for a test class, started before its first test and closed after its last:
     * {@code @RegisterExtension static final Browser web = new Browser();}
     */
    public Browser() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) driver.quit();
        driver = null;
    }

    private static WebDriver launch() {
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
                "--window-size=1280,1000",
                "--lang=en",
                "--user-data-dir="
                        + Path.of("target/chrome-profile-" + UUID.randomUUID()).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return Objects.requireNonNull(driver, "the browser starts before the class's first test");
    }

    /** Submits the sign-in form in English, starting from a fresh session. */
    public void signIn(int port, String username, String password) {
        driver().manage().deleteAllCookies();
        driver().get("http://localhost:" + port + "/login?lang=en");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.id("sign-in")).click();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element shows {@code text}: after a click, the page before may still show an older message there. */
    public WebElement waitForText(By by, String text) {
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver().findElement(by);
    }

    /** Brings the element into view first: a real user scrolls before clicking. */
    public void click(By by) {
        WebElement element = driver().findElement(by);
        ((JavascriptExecutor) driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Date inputs take typed text in the browser's locale; setting the value is locale-free. */
    public void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    public void screenshot(String name) throws Exception {
        Path file =
                ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target/screenshots/" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
