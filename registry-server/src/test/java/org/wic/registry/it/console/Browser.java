package org.wic.registry.it.console;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.RegistryHttp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's browser: Debian's Chromium, headless, through its chromedriver, on a fresh profile
 * (its own cookies), 1280 px wide unless a test narrows it. Screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final String CONSOLE = RegistryHttp.BASE + "/console/";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // as root in a sandbox, on a closed network: no sandbox, no GPU, no calls home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-GB");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String consolePath) {
        driver.get(CONSOLE + consolePath);
        return this;
    }

    /** A public page: {@code /apply}, {@code /directory/WIC-000001}, … */
    public Browser openSite(String path) {
        driver.get(RegistryHttp.BASE + path);
        return this;
    }

    /** Signs an officer in and waits for the dashboard. */
    public Browser signedIn(Credentials officer) {
        open("").signIn(officer);
        waitForText("Applications waiting");
        return this;
    }

    /** Signs in on the sign-in page (in either language: the fields by their ids). */
    public Browser signIn(Credentials account) {
        return signIn(account.name(), account.password());
    }

    public Browser signIn(String username, String password) {
        if (!driver.getCurrentUrl().startsWith(CONSOLE) || driver.findElements(By.id("signIn:username")).isEmpty()) {
            driver.get(CONSOLE);
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username"))).clear();
        driver.findElement(By.id("signIn:username")).sendKeys(username);
        driver.findElement(By.id("signIn:password")).clear();
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        // the form posts the whole page: wait until it is replaced, so that the next step reads the answer, not the form
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.registryOldPage = true;");
        click(By.id("signIn:submit"));
        wait.until(page -> script.executeScript("return window.registryOldPage === undefined;"));
        return this;
    }

    /** The input a label names (as a person finds it, and as assistive technology does). */
    public WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space()='" + label + "' or normalize-space(span[contains(@class, 'ui-outputlabel-label')])='" + label + "']")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Clicks the element; found again if an Ajax update replaced it between finding and clicking. */
    public void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    public void clickButton(String text) {
        click(By.xpath("//button[normalize-space()='" + text + "'] | //input[@type='submit' and @value='" + text + "']"));
    }

    public void clickLink(String text) {
        click(By.xpath("//a[normalize-space()='" + text + "']"));
    }

    /** The page's visible text, read in one script (an Ajax update may replace any element, even the body, meanwhile). */
    public String text() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : '';"));
    }

    /** Waits until the page shows this text; if it never does, the page as it was is saved as {@code failed-…png}. */
    public void waitForText(String text) {
        waitForText(text, Duration.ofSeconds(20));
    }

    /** For what a background job shows when it ends. */
    public void waitForText(String text, Duration patience) {
        try {
            new WebDriverWait(driver, patience).until(page -> text().contains(text));
        } catch (RuntimeException e) {
            screenshot("failed-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
        }
    }

    /**
     * The text of the first element matching the CSS selector, or "" when there is none; read in one script, so that an
     * Ajax poll replacing the element between finding and reading it cannot make the read fail.
     */
    public String textOf(String cssSelector) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", cssSelector);
        return String.valueOf(text).strip();
    }

    /** The texts of every element matching the CSS selector, read in one script (see {@link #textOf}). */
    @SuppressWarnings("unchecked")
    public List<String> textsOf(String cssSelector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());", cssSelector);
    }

    /**
     * Switches to Chinese on the page that is open (its header shows {@code chineseText} then), and
     * opens each page in turn: it must say it is Chinese and pass axe-core's check.
     */
    public void assertChineseAndAccessible(Collection<String> paths, Consumer<String> open, String chineseText) {
        clickLink("中文");
        waitForText(chineseText);
        for (String path : paths) {
            open.accept(path);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo("zh-Hans");
            assertAccessible();
        }
    }

    /** For a page that an Ajax answer changes in place: until the condition holds. */
    public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        wait.withMessage(what).until(page -> condition.getAsBoolean());
    }

    public void waitFor(By by) {
        wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** For a second action whose message repeats the first one's: wait for what only the second changes. */
    public void waitUntilGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its visible label, as a person would: open the list, wait until its
     * opening transition is done (a click during it selects nothing), click, wait until the list is gone.
     */
    public void choose(String selectId, String option) {
        chooseItem(selectId, "@data-label='" + option + "'");
    }

    /** For options whose label goes on after what the test knows (a tier with its dues). */
    public void chooseStartingWith(String selectId, String labelStart) {
        chooseItem(selectId, "starts-with(@data-label, '" + labelStart + "')");
    }

    private void chooseItem(String selectId, String itemCondition) {
        String panel = selectId + "_panel";
        click(By.id(selectId));
        wait.until(page -> panelIs(panel, ".ui-connected-overlay-enter-done"));
        click(By.xpath("//*[@id='" + selectId + "_items']//li[" + itemCondition + "]"));
        try {
            wait.until(page -> panelIs(panel, ":hidden"));
        } catch (RuntimeException e) {
            screenshot("failed-choose-" + selectId.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
        }
    }

    private boolean panelIs(String id, String jQuerySelector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return jQuery(PrimeFaces.escapeClientId(arguments[0])).is(arguments[1]);", id, jQuerySelector));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core on the page as it is: no serious or critical violation (WCAG 2.1 A and AA rules). */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> grave = results.getViolations().stream().filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(grave).as("axe-core on %s", driver.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream().limit(3)
                .map(node -> String.valueOf(node.getTarget())).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
