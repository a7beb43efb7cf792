package dev.stratus.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginRuleTest {

    private LocalServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer(SameOriginRule::new);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"POST,Origin,http://evil.example", "DELETE,Origin,http://localhost:9999", "PUT,Origin,null",
            "POST,Sec-Fetch-Site,cross-site", "PATCH,Sec-Fetch-Site,same-site"})
    void aWriteToAPlatformPathFromAnotherSiteIsRefused(String method, String header, String value) throws Exception {
        HttpTester.Response response = server.send(method, "/_stratus/console/api/anything", header, value);

        assertEquals(403, response.getStatus());
        assertTrue(response.getContent().contains("Cross-origin writes to /_stratus/ are refused"), response.getContent());
    }

    @Test
    void aWriteFromThePageItselfPasses() throws Exception {
        HttpTester.Response response = server.send("POST", "/_stratus/console/api/anything",
                "Origin", "http://localhost:4566", "Sec-Fetch-Site", "same-origin");

        assertEquals(204, response.getStatus());
    }

    @Test
    void aWriteWithoutBrowserHeadersPasses() throws Exception {
        assertEquals(204, server.send("POST", "/_stratus/console/api/anything").getStatus());
    }

    @Test
    void readsFromAnywhereAndAwsCallsAreNotItsBusiness() throws Exception {
        assertEquals(204, server.send("GET", "/_stratus/health", "Origin", "http://evil.example").getStatus());
        assertEquals(204, server.send("POST", "/", "Origin", "http://evil.example").getStatus());
    }
}
