package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web console of the built distribution, driven in the system's headless Chromium: the items view reads the
 * item back with Scan, its stream record arrives through the console's server-sent events, a function shows its
 * invocations and mappings, the SQS and SNS plugins' pages show their queues and topics, and under
 * {@code --auth sigv4} the page's calls still go through. With {@code -Dstratus.console.screenshots=DIR} the
 * tests also save the README's screenshots of the pages they reach into DIR.
 */
@InstalledDistribution
@EnabledIf(value = "browserInstalled", disabledReason = "The console's browser tests need Debian's chromium and "
        + "chromium-driver (apt-get install chromium chromium-driver)")
class ConsoleIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SCREENSHOTS = System.getProperty("stratus.console.screenshots", "");

    private static RunningStratus server;
    private static WebDriver browser;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void startBrowser(RunningStratus stratus) {
        server = stratus;
        browser = browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTableCreatedAndFilledInThePageShowsItsItemAndItsStreamRecordLive() throws Exception {
        browser.get(page("#/dynamodb"));
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
        WebElement shard = browser.findElement(By.cssSelector("#shards tr.shard"));
        assertTrue(shard.getText().endsWith("open"), shard.getText());
        screenshot("console-table");
    }

    @Test
    void aFunctionInvokedInThePageShowsItsResultAndLogTailAndItsMappingState() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("index.js"));
            out.write("exports.handler = async (event) => { console.log('echoing', JSON.stringify(event)); return {echo: event.name}; };"
                    .getBytes(StandardCharsets.UTF_8));
        }
        PlainCalls aws = new PlainCalls(server.port());
        String streamArn = aws.json("dynamodb", "DynamoDB_20120810.CreateTable", "{\"TableName\":\"Pings\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"Id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"Id\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_IMAGE\"}}")
                .path("TableDescription").path("LatestStreamArn").asText();
        aws.lambda("functions", "{\"FunctionName\":\"echo\",\"Runtime\":\"nodejs20.x\",\"Handler\":\"index.handler\","
                + "\"Role\":\"arn:aws:iam::000000000000:role/echo\",\"Code\":{\"ZipFile\":\""
                + Base64.getEncoder().encodeToString(zip.toByteArray()) + "\"}}");
        aws.lambda("event-source-mappings/", "{\"FunctionName\":\"echo\",\"EventSourceArn\":\"" + streamArn + "\","
                + "\"StartingPosition\":\"TRIM_HORIZON\"}");
        aws.lambda("functions/echo/versions", "{}");
        aws.lambda("functions/echo/aliases", "{\"Name\":\"live\",\"FunctionVersion\":\"1\"}");
        aws.json("dynamodb", "DynamoDB_20120810.PutItem", "{\"TableName\":\"Pings\",\"Item\":{\"Id\":{\"S\":\"ping-1\"}}}");

        browser.get(page("#/lambda"));
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
        assertTrue(log.contains("START RequestId") && log.contains("echoing {\"name\":\"stratus\"}") && log.contains("REPORT RequestId"), log);
        await().atMost(Duration.ofSeconds(10)).until(() -> expandedInvocations(browser).contains("\"name\":\"stratus\""));
        assertTrue(element(browser, "versions").getText().contains("$LATEST"), element(browser, "versions").getText());
        assertTrue(element(browser, "aliases").getText().contains("live 1"), element(browser, "aliases").getText());
        assertTrue(element(browser, "mappings").getText().contains(streamArn), element(browser, "mappings").getText());
        assertTrue(List.of("Enabled", "Creating", "Enabling").contains(
                browser.findElement(By.cssSelector("#mappings .mapping-state")).getText()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.navigate().refresh();
            WebElement mappings = element(browser, "mappings");
            return mappings.findElement(By.className("mapping-result")).getText().equals("OK")
                    && mappings.findElement(By.className("mapping-behind")).getText().equals("0 records");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> expandedInvocations(browser).contains("ping-1"));
        screenshot("console-function");
    }

    @Test
    void theSqsAndSnsPagesShowQueuesWithTheirMessagesAndTopicsWithTheirSubscriptions() throws Exception {
        PlainCalls aws = new PlainCalls(server.port());
        String queueUrl = aws.json("sqs", "AmazonSQS.CreateQueue", "{\"QueueName\":\"jobs\"}").path("QueueUrl").asText();
        aws.json("sqs", "AmazonSQS.SendMessage", "{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody\":\"job-1\"}");
        aws.query("sns", "CreateTopic", "Name", "news");
        aws.query("sns", "Subscribe", "TopicArn", "arn:aws:sns:us-east-1:000000000000:news", "Protocol", "sqs",
                "Endpoint", "arn:aws:sqs:us-east-1:000000000000:jobs");

        browser.get(page("#/"));
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "services").getText().contains("sqs"));
        screenshot("console-overview");
        browser.findElement(By.cssSelector("#plugin-nav a[data-service='sqs']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "queues").getText().contains("jobs"));
        assertEquals("1", browser.findElement(By.cssSelector("#queues tr[data-queue='jobs'] .queue-messages")).getText());
        screenshot("console-sqs");
        element(browser, "queues").findElement(By.linkText("jobs")).click();
        element(browser, "peek").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "peeked").getText().contains("job-1"));

        browser.findElement(By.cssSelector("#plugin-nav a[data-service='sns']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "topics").getText().contains("news"));
        assertEquals("1", browser.findElement(By.cssSelector("#topics .topic-subscriptions")).getText());
        element(browser, "topics").findElement(By.linkText("news")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "subscriptions").getText().contains("jobs"));
    }

    @Test
    void underSigV4ThePagesCallsAreAcceptedAndAnUnsignedClientsAreNot(InstalledStratus stratus) throws Exception {
        try (InstalledStratus.Server signed = stratus.start(0, "--auth", "sigv4")) {
            browser.get("http://127.0.0.1:" + signed.port() + "/_stratus/console/#/dynamodb");
            type(browser, "new-table-name", "Signed");
            type(browser, "new-table-pk", "Id");
            element(browser, "create-table-submit").click();
            awaitText(browser, "table-name", "Signed");
            await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "items").getText().contains("0 items"));

            HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + signed.port() + "/"))
                    .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, unsigned.statusCode());
            assertTrue(unsigned.body().contains("MissingAuthenticationTokenException"), unsigned.body());
        }
    }

    private static String page(String fragment) {
        return "http://127.0.0.1:" + server.port() + "/_stratus/console/" + fragment;
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as {@code NAME.png} when screenshots are asked for. */
    private static void screenshot(String name) throws Exception {
        if (!SCREENSHOTS.isEmpty()) {
            Dimension window = browser.manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) browser).executeScript(
                    "window.scrollTo(0, 0); return document.body.scrollHeight");
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(600, Math.min(height + 40, 1600))));
            Files.write(Path.of(SCREENSHOTS, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(window);
        }
    }

    /** The log lines of every recent invocation, opened. */
    private static String expandedInvocations(WebDriver browser) {
        browser.findElements(By.cssSelector("#invocations details:not([open]) summary")).forEach(WebElement::click);
        return element(browser, "invocations").getText();
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
