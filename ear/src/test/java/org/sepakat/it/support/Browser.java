package org.sepakat.it.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver; one fresh profile per browser. */
public final class Browser implements AutoCloseable {

    /** How often a wait looks again: a page answers an AJAX request in tens of milliseconds. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    public Browser(String baseUrl) {
        this(baseUrl, new String[0]);
    }

    /** With Chromium arguments of its own, e.g. --ignore-certificate-errors for a server's self-signed certificate. */
    public Browser(String baseUrl, String... chromiumArguments) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Path profile;
        try {
            profile = Files.createTempDirectory("sepakat-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sepakat.it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                "--lang=en-US",
                // as a user who asked for less motion: the application then opens menus and dialogs without
                // animations (shell.js), and the tests need not wait for them
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile);
        options.addArguments(chromiumArguments);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sepakat.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = waiting(Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** A wait of its own length, polling as often as {@link #waiting()}. */
    public WebDriverWait waiting(Duration atMost) {
        return new WebDriverWait(driver, atMost, POLL);
    }

    /**
     * Lays pages out for a screen of this size in CSS pixels, as a phone or tablet shows them (Chromium's
     * device metrics; not as a "mobile" device, so a page wider than the screen scrolls rather than zooms out).
     */
    public Browser viewport(int width, int height) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Saves the files the pages send (exports) into this folder, without asking. */
    public Browser downloadsTo(Path folder) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                folder.toAbsolutePath().toString()));
        return this;
    }

    /** Opens a page by its path below the application root, e.g. "customers/list.xhtml". */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Logs in through the application's own form (redirected to it from a protected page). */
    public Browser login(String user, String password) {
        open("index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("loginButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
        return this;
    }

    /**
     * What axe-core (all its rules, WCAG 2.1 A/AA and best practice) finds critical or serious on the page as
     * it is shown now, one line per element: rule id, impact, the element's selector and what fails. Empty when
     * nothing does. The script is injected through WebDriver, which the page's Content-Security-Policy does not
     * govern, so the check runs on the page exactly as the user gets it.
     */
    public List<String> accessibilityViolations() {
        // legacy mode: axe runs in the page itself; the default opens and closes a blank window for every check (for
        // cross-origin frames, which no page here has), which took seconds per page
        // and only the violations come back in full (axe-core's resultTypes): the passes of every rule on every
        // element made a large answer that only had to be thrown away
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        List<Rule> violations = new AxeBuilder()
                .setLegacyMode(true)
                .withOptions(options)
                .analyze(driver)
                .getViolations();
        return violations.stream()
                .flatMap(rule -> rule.getNodes().stream()
                        .filter(node -> "critical".equals(node.getImpact()) || "serious".equals(node.getImpact()))
                        .map(node -> rule.getId() + " (" + node.getImpact() + ") " + node.getTarget() + ": "
                                + rule.getHelp() + " — "
                                + String.valueOf(node.getFailureSummary()).replace('\n', ' ')))
                .toList();
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** What the browser reported as blocked by a Content-Security-Policy since the last call. */
    /**
     * What the p:linkButton {@code id} (its id on the link or around it) downloads, fetched in the browser's
     * session as the user's click would; the response must be 200 of {@code contentType}.
     */
    public byte[] download(String id, String contentType) {
        WebElement button = find(id);
        String href = "a".equals(button.getTagName())
                ? button.getAttribute("href")
                : button.findElement(By.tagName("a")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> response = Api.newClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(href))
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith(contentType)) {
                throw new AssertionError(href + " answered " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("(no type)"));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of the PDF the link {@code id} downloads, white space collapsed (a cell may wrap; its words stay in order). */
    public String pdfText(String id) {
        try (PDDocument document = Loader.loadPDF(download(id, "application/pdf"))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> contentSecurityViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
