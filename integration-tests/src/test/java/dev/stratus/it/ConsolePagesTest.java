package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.Stratus;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The console pages of SQS and SNS, found with ServiceLoader next to their plugins, listed only while they run. */
class ConsolePagesTest {

    @Test
    void theRunningPluginsPagesAreListedAndTheirFilesServedFromTheirJars() throws Exception {
        try (Stratus stratus = Stratus.builder().setting("port", "0").setting("lambda.node-sdk-prepare-at-start", "false").start()) {
            HttpResponse<String> pages = get(stratus, "/_stratus/console/api/pages");
            HttpResponse<String> page = get(stratus, "/_stratus/console/plugins/sqs/page.js");

            assertEquals("{\"pages\":[{\"service\":\"sns\",\"title\":\"SNS\"},{\"service\":\"sqs\",\"title\":\"SQS\"}]}",
                    pages.body());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("export async function render"), page.body());
        }
    }

    @Test
    void aServiceLeftOutHasNoPage() throws Exception {
        try (Stratus stratus = Stratus.builder().setting("port", "0").setting("services", "sqs").start()) {
            assertEquals("{\"pages\":[{\"service\":\"sqs\",\"title\":\"SQS\"}]}",
                    get(stratus, "/_stratus/console/api/pages").body());
            assertEquals(404, get(stratus, "/_stratus/console/plugins/sns/page.js").statusCode());
        }
    }

    private static HttpResponse<String> get(Stratus stratus, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(stratus.endpoint().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
