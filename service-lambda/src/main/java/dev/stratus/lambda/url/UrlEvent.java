package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The payload format 2.0 event a function URL request becomes, as AWS builds it. */
final class UrlEvent {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> TEXT_TYPES = List.of("text/", "application/json", "application/javascript",
            "application/xml", "application/x-www-form-urlencoded", "+json", "+xml");

    private UrlEvent() {
    }

    /**
     * @param rawPath the path under the URL, starting with {@code /}
     */
    static byte[] of(ObjectMapper mapper, FunctionUrlConfig url, ServiceRequest request, RequestContext context,
                     String rawPath) {
        ObjectNode event = mapper.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery(request.query()));
        String cookieHeader = request.headers().get("cookie");
        if (cookieHeader != null) {
            ArrayNode cookies = event.putArray("cookies");
            for (String cookie : cookieHeader.split(";")) {
                if (!cookie.isBlank()) {
                    cookies.add(cookie.trim());
                }
            }
        }
        ObjectNode headers = event.putObject("headers");
        new TreeMap<>(request.headers()).forEach((name, value) -> {
            if (!name.equals("cookie")) {
                headers.put(name, value);
            }
        });
        if (!request.query().isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            new TreeMap<>(request.query()).forEach((name, values) -> parameters.put(name, String.join(",", values)));
        }
        event.set("requestContext", requestContext(mapper, url, request, context, rawPath));
        if (request.body().length > 0) {
            boolean text = isText(request.headers().get("content-type"));
            event.put("body", text ? new String(request.body(), StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(request.body()));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        try {
            return mapper.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An event tree always serialises", e);
        }
    }

    private static ObjectNode requestContext(ObjectMapper mapper, FunctionUrlConfig url, ServiceRequest request,
                                             RequestContext context, String rawPath) {
        ObjectNode node = mapper.createObjectNode();
        boolean iam = url.authType().equals("AWS_IAM");
        node.put("accountId", iam ? context.accountId() : "anonymous");
        node.put("apiId", url.urlId());
        if (iam) {
            ObjectNode caller = node.putObject("authorizer").putObject("iam");
            caller.put("accessKey", context.accessKey());
            caller.put("accountId", context.accountId());
            caller.put("callerId", context.accessKey());
            caller.putNull("cognitoIdentity");
            caller.putNull("principalOrgId");
            caller.put("userArn", "arn:aws:iam::" + context.accountId() + ":root");
            caller.put("userId", context.accessKey());
        }
        String domain = url.urlId() + ".lambda-url." + url.function().region() + ".on.aws";
        node.put("domainName", domain);
        node.put("domainPrefix", url.urlId());
        ObjectNode http = node.putObject("http");
        http.put("method", request.method());
        http.put("path", rawPath);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", request.header("x-forwarded-for").map(ip -> ip.split(",")[0].trim()).orElse("127.0.0.1"));
        http.put("userAgent", request.header("user-agent").orElse(""));
        node.put("requestId", context.requestId());
        node.put("routeKey", "$default");
        node.put("stage", "$default");
        node.put("time", TIME.format(context.receivedAt()));
        node.put("timeEpoch", context.receivedAt().toEpochMilli());
        return node;
    }

    private static String rawQuery(Map<String, List<String>> query) {
        StringBuilder raw = new StringBuilder();
        new TreeMap<>(query).forEach((name, values) -> values.forEach(value -> {
            if (raw.length() > 0) {
                raw.append('&');
            }
            raw.append(encode(name)).append('=').append(encode(value));
        }));
        return raw.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return TEXT_TYPES.stream().anyMatch(type::contains);
    }
}
