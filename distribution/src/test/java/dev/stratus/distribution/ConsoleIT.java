package dev.stratus.distribution;

import static dev.stratus.distribution.ConsoleBrowser.awaitText;
import static dev.stratus.distribution.ConsoleBrowser.element;
import static dev.stratus.distribution.ConsoleBrowser.textOf;
import static dev.stratus.distribution.ConsoleBrowser.type;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The web console of the built distribution, driven in the system's headless Chromium: the items view reads the
 * item back with Scan, its stream record arrives through the console's server-sent events, a function shows its
 * invocations and mappings, the SQS and SNS plugins' pages show their queues and topics, and under
 * {@code --auth sigv4} the page's calls still go through. Pages follow what other clients change without being
 * reloaded (the console's change notices), queues and topics are created in the page with AWS's errors shown as AWS
 * gives them, and a table of 10,000 items is browsed a page at a time. With {@code -Dstratus.console.screenshots=DIR} the
 * tests also save the README's screenshots of the pages they reach into DIR.
 */
@InstalledDistribution
@EnabledIf(value = "browserInstalled", disabledReason = "The console's browser tests need Debian's chromium and "
        + "chromium-driver (apt-get install chromium chromium-driver)")
class ConsoleIT {

    private static final String SCREENSHOTS = System.getProperty("stratus.console.screenshots", "");

    private static final int ITEMS = 10_000;
    private static final int BATCH = 25;

    private static RunningStratus server;
    private static WebDriver browser;
    private static DynamoDbClient dynamo;

    static boolean browserInstalled() {
        return ConsoleBrowser.installed();
    }

    @BeforeAll
    static void startBrowser(RunningStratus stratus) {
        server = stratus;
        browser = ConsoleBrowser.start();
        dynamo = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + stratus.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(4)).build();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (dynamo != null) {
            dynamo.close();
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

        await().atMost(Duration.ofSeconds(30)).until(() ->
                ConsoleBrowser.textOf(browser, "#mappings .mapping-result").equals("OK")
                        && ConsoleBrowser.textOf(browser, "#mappings .mapping-behind").equals("0 records"));
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

    @Test
    void theTablesListFollowsTablesCreatedAndDeletedByAnotherClient() {
        ConsoleBrowser.openLive(browser, ConsoleBrowser.page(server.port(), "#/dynamodb"));
        element(browser, "tables");

        createTable("Arrivals");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#tables tr[data-table='Arrivals']")
                .contains("ACTIVE"));
        dynamo.deleteTable(b -> b.tableName("Arrivals"));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                browser.findElements(By.cssSelector("#tables tr[data-table='Arrivals']")).isEmpty());
    }

    @Test
    void aTablesPageFollowsItsStreamAndStatusChangedByAnotherClient() {
        createTable("Watched");
        ConsoleBrowser.openLive(browser, page("#/dynamodb/Watched"));
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#table-summary").contains("no stream"));

        dynamo.updateTable(b -> b.tableName("Watched").streamSpecification(s -> s.streamEnabled(true)
                .streamViewType(StreamViewType.NEW_IMAGE)));

        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#table-summary")
                .contains("stream NEW_IMAGE (arn:aws:dynamodb:"));
        assertTrue(textOf(browser, "#table-summary").contains("status ACTIVE"), textOf(browser, "#table-summary"));
    }

    @Test
    void aQueueCreatedInThePageShowsItsMessagesCountedLiveAndABadNameGetsSqsError() throws Exception {
        ConsoleBrowser.openLive(browser, ConsoleBrowser.page(server.port(), "#/plugins/sqs"));
        type(browser, "new-queue-name", "no spaces allowed");
        element(browser, "create-queue-submit").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#new-queue-status .error").equals(
                "InvalidParameterValue: Can only include alphanumeric characters, hyphens, or underscores. "
                        + "1 to 80 in length"));

        element(browser, "new-queue-name").clear();
        type(browser, "new-queue-name", "inbox");
        element(browser, "create-queue-submit").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#queues tr[data-queue='inbox'] .queue-messages")
                .equals("0"));

        PlainCalls aws = new PlainCalls(server.port());
        String url = "http://127.0.0.1:" + server.port() + "/000000000000/inbox";
        aws.json("sqs", "AmazonSQS.SendMessage", "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"hello\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#queues tr[data-queue='inbox'] .queue-messages")
                .equals("1"));
        aws.json("sqs", "AmazonSQS.ReceiveMessage", "{\"QueueUrl\":\"" + url + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#queues tr[data-queue='inbox'] .queue-in-flight")
                .equals("1"));
        assertEquals("0", textOf(browser, "#queues tr[data-queue='inbox'] .queue-messages"));
    }

    @Test
    void aTopicCreatedInThePageShowsItsDeliveriesAsTheyHappenAndABadNameGetsSnsError() throws Exception {
        ConsoleBrowser.openLive(browser, ConsoleBrowser.page(server.port(), "#/plugins/sns"));
        type(browser, "new-topic-name", "no spaces");
        element(browser, "create-topic-submit").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#new-topic-status .error")
                .equals("InvalidParameter: Invalid parameter: Topic Name"));

        element(browser, "new-topic-name").clear();
        type(browser, "new-topic-name", "alerts");
        element(browser, "create-topic-submit").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.linkText("alerts")).isEmpty());
        PlainCalls aws = new PlainCalls(server.port());
        String topic = "arn:aws:sns:us-east-1:000000000000:alerts";
        aws.json("sqs", "AmazonSQS.CreateQueue", "{\"QueueName\":\"alerts-inbox\"}");
        aws.query("sns", "Subscribe", "TopicArn", topic, "Protocol", "sqs",
                "Endpoint", "arn:aws:sqs:us-east-1:000000000000:alerts-inbox");
        element(browser, "topics").findElement(By.linkText("alerts")).click();
        element(browser, "deliveries");
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "deliveries").getText()
                .contains("No deliveries"));

        aws.query("sns", "Publish", "TopicArn", topic, "Message", "disk full");

        await().atMost(Duration.ofSeconds(10)).until(() -> textOf(browser, "#deliveries .delivery-outcome")
                .equals("delivered"));
        assertTrue(element(browser, "deliveries").getText().contains("alerts-inbox"),
                element(browser, "deliveries").getText());
    }

    @Test
    void aTableOfTenThousandItemsShowsItsFirstPageAndPagesOnWithoutLoadingTheRest() throws Exception {
        createTable("Big");
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> batches = new ArrayList<>();
            for (int start = 0; start < ITEMS; start += BATCH) {
                List<WriteRequest> puts = IntStream.range(start, start + BATCH).mapToObj(i -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(Map.of("Id", AttributeValue.fromS("item-" + i),
                                "Size", AttributeValue.fromN(Integer.toString(i)))).build()).build()).toList();
                batches.add(CompletableFuture.runAsync(() -> assertTrue(dynamo.batchWriteItem(b -> b.requestItems(
                        Map.of("Big", puts))).unprocessedItems().isEmpty()), writers));
            }
            CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
        } finally {
            writers.shutdown();
        }

        browser.get(ConsoleBrowser.page(server.port(), "#/dynamodb/Big"));
        await().atMost(Duration.ofSeconds(10)).until(() -> element(browser, "items").getText()
                .contains("25 items on this page, 25 read"));
        assertEquals(25, browser.findElements(By.cssSelector("#items tr.item")).size());
        String firstPage = firstItem();
        nextButton().click();

        await().atMost(Duration.ofSeconds(10)).until(() -> !firstItem().equals(firstPage)
                && browser.findElements(By.cssSelector("#items tr.item")).size() == 25);
        assertNotEquals(firstPage, firstItem());
        assertTrue(browser.findElement(By.xpath("//div[@id='items']//button[.='Previous']")).isEnabled());
        assertTrue(nextButton().isEnabled());
    }

    private static String firstItem() {
        return textOf(browser, "#items tr.item");
    }

    private static WebElement nextButton() {
        return browser.findElement(By.xpath("//div[@id='items']//button[.='Next']"));
    }

    private static void createTable(String name) {
        dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(d -> d.attributeName("Id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("Id").keyType(KeyType.HASH)));
    }

    private static String page(String fragment) {
        return ConsoleBrowser.page(server.port(), fragment);
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
}
