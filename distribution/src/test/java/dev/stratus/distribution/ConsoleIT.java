package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web console of the built distribution, driven in the system's headless Chromium: the items view reads the
 * item back with Scan, and its stream record arrives through the console's server-sent events.
 */
@InstalledDistribution
class ConsoleIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The console's browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver); skipped");
        browser = browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTableCreatedAndFilledInThePageShowsItsItemAndItsStreamRecordLive(RunningStratus stratus) throws Exception {
        browser.get(page(stratus, "#/dynamodb"));
        type(browser, "new-table-name", "Orders");
        type(browser, "new-table-pk", "OrderId");
        element(browser, "new-table-stream").findElement(By.xpath("option[.='NEW_AND_OLD_IMAGES']")).click();
        element(browser, "create-table-submit").click();
        awaitText(browser, "table-name", "Orders");
        awaitText(browser, "stream-state", "listening");

        element(browser, "item-new").click();
        WebElement json = element(browser, "item-json");
        json.clear();
        json.sendKeys("{\"OrderId\": \"order-1\", \"Total\": 42}");
        element(browser, "item-save").click();

        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "items").getText().contains("order-1"));
        assertTrue(element(browser, "items").getText().contains("42"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !insertRecords(browser).isEmpty());
        assertTrue(insertRecords(browser).get(0).getText().contains("order-1"), insertRecords(browser).get(0).getText());
    }

    @Test
    void aFunctionInvokedInThePageShowsItsResultAndLogTailAndItsMappingState(RunningStratus stratus) throws Exception {
        Path zip = stratus.workspace().resolve("echo.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("index.js"));
            out.write("exports.handler = async (event) => { console.log('echoing', event.name); return {echo: event.name}; };"
                    .getBytes(StandardCharsets.UTF_8));
        }
        String streamArn = awslocal(stratus, "dynamodb", "create-table", "--table-name", "Pings",
                "--attribute-definitions", "AttributeName=Id,AttributeType=S", "--key-schema", "AttributeName=Id,KeyType=HASH",
                "--billing-mode", "PAY_PER_REQUEST", "--stream-specification", "StreamEnabled=true,StreamViewType=NEW_IMAGE",
                "--query", "TableDescription.LatestStreamArn", "--output", "text").stdout().trim();
        awslocal(stratus, "lambda", "create-function", "--function-name", "echo", "--runtime", "nodejs20.x", "--handler",
                "index.handler", "--role", "arn:aws:iam::000000000000:role/echo", "--zip-file", "fileb://" + zip);
        awslocal(stratus, "lambda", "create-event-source-mapping", "--function-name", "echo", "--event-source-arn", streamArn,
                "--starting-position", "LATEST");

        browser.get(page(stratus, "#/lambda"));
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "functions").getText().contains("nodejs20.x"));
        element(browser, "functions").findElement(By.linkText("echo")).click();
        awaitText(browser, "function-name", "echo");
        WebElement payload = element(browser, "invoke-payload");
        payload.clear();
        payload.sendKeys("{\"name\": \"stratus\"}");
        element(browser, "invoke-run").click();

        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("invoke-log")).isEmpty());
        assertEquals("{\"echo\":\"stratus\"}", element(browser, "invoke-output").getText());
        String log = element(browser, "invoke-log").getText();
        assertTrue(log.contains("START RequestId") && log.contains("echoing stratus") && log.contains("REPORT RequestId"), log);
        assertTrue(element(browser, "mappings").getText().contains(streamArn), element(browser, "mappings").getText());
        assertTrue(List.of("Enabled", "Creating", "Enabling").contains(
                browser.findElement(By.cssSelector("#mappings .mapping-state")).getText()));
    }

    private static String page(RunningStratus stratus, String fragment) {
        return "http://127.0.0.1:" + stratus.port() + "/_stratus/console/" + fragment;
    }

    private static InstalledStratus.Run awslocal(RunningStratus stratus, String... args) throws Exception {
        InstalledStratus.Run run = stratus.awslocal(args);
        assertEquals(0, run.exitCode(), run.output());
        return run;
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static List<WebElement> insertRecords(WebDriver browser) {
        return browser.findElements(By.cssSelector("#stream-records .stream-record[data-event='INSERT']"));
    }

    private static WebElement element(WebDriver browser, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id(id)).isEmpty());
        return browser.findElement(By.id(id));
    }

    private static void type(WebDriver browser, String id, String text) {
        element(browser, id).sendKeys(text);
    }

    private static void awaitText(WebDriver browser, String id, String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, id).getText().equals(text));
    }
}
