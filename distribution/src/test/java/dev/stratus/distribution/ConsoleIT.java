package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The web console of the built distribution, driven in the system's headless Chromium. */
class ConsoleIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path unpacked;
    private static InstalledStratus stratus;

    @BeforeAll
    static void unpack() throws Exception {
        stratus = InstalledStratus.unpack(unpacked);
    }

    @Test
    void aTableCreatedAndFilledInThePageShowsItsItemAndItsStreamRecordLive() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The console's browser test needs Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver); skipped");
        try (InstalledStratus.Server server = stratus.start(InstalledStratus.freePort())) {
            WebDriver browser = browser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/_stratus/console/#/dynamodb");
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
            } finally {
                browser.quit();
            }
            InstalledStratus.Run item = stratus.awslocal(server.port(), Map.of(), "dynamodb", "get-item",
                    "--table-name", "Orders", "--key", "{\"OrderId\":{\"S\":\"order-1\"}}");
            assertEquals(0, item.exitCode(), item.output());
            assertTrue(item.stdout().contains("\"42\""), item.output());
        }
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
