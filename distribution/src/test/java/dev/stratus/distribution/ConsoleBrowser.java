package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The system's headless Chromium, driven through Debian's chromedriver, and what the console's tests look for in it. */
final class ConsoleBrowser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ConsoleBrowser() {
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The console's address on the port, at the fragment ({@code #/dynamodb}). */
    static String page(int port, String fragment) {
        return "http://127.0.0.1:" + port + "/_stratus/console/" + fragment;
    }

    /** Opens the page and waits until its change notices are live. */
    static void openLive(WebDriver browser, String address) {
        browser.get(address);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !browser.findElements(By.cssSelector("body[data-live='live']")).isEmpty());
    }

    static WebElement element(WebDriver browser, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id(id)).isEmpty());
        return browser.findElement(By.id(id));
    }

    static void type(WebDriver browser, String id, String text) {
        element(browser, id).sendKeys(text);
    }

    static void awaitText(WebDriver browser, String id, String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, id).getText().equals(text));
    }

    /** The text of the first element the selector finds, or "" while there is none; read at once, as the page re-renders. */
    static String textOf(WebDriver browser, String selector) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const found = document.querySelector(arguments[0]); return found ? found.textContent.trim() : '';",
                selector);
    }
}
