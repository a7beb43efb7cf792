package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.ConsolePage;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The console's JSON endpoints for what no AWS API tells: {@code api/pages} (the pages the running services add),
 * {@code api/invocations} (a function's recent invocations and their log lines) and {@code api/session} (the
 * token that lets the page's calls through {@code --auth sigv4}).
 */
final class ConsoleApi {

    private final List<ConsolePage> pages;
    private final RecentInvocations invocations;
    private final ConsoleSession session;
    private final ObjectMapper mapper;
    private final String defaultRegion;

    ConsoleApi(List<ConsolePage> pages, RecentInvocations invocations, ConsoleSession session, ObjectMapper mapper,
               String defaultRegion) {
        this.pages = List.copyOf(pages);
        this.invocations = invocations;
        this.session = session;
        this.mapper = mapper;
        this.defaultRegion = defaultRegion;
    }

    /** The answer for {@code name} (the path after {@code /_stratus/console/}), if it is one of these endpoints. */
    Optional<StreamsClient.Answer> answer(String name, Request request) {
        switch (name) {
            case "api/pages":
                return Optional.of(ok(pages()));
            case "api/invocations":
                return Optional.of(invocations(Request.extractQueryParameters(request)));
            case "api/session":
                return Optional.of(SameOriginRule.sameOrigin(request) ? ok(mapper.createObjectNode().put("token", session.token()))
                        : failure(403, "The console session is only handed to the console's own origin"));
            default:
                return Optional.empty();
        }
    }

    /** The page of the running service {@code service}, if it has one. */
    Optional<ConsolePage> page(String service) {
        return pages.stream().filter(page -> page.service().equals(service)).findFirst();
    }

    private ObjectNode pages() {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("pages");
        pages.forEach(page -> list.addObject().put("service", page.service()).put("title", page.title()));
        return body;
    }

    private StreamsClient.Answer invocations(Fields query) {
        String account = Optional.ofNullable(query.getValue("account")).orElse("000000000000");
        String region = Optional.ofNullable(query.getValue("region")).orElse(defaultRegion);
        String function = query.getValue("function");
        if (function == null || function.isEmpty() || !account.matches("\\d{12}") || !region.matches("[a-z0-9-]+")) {
            return failure(400, "Expected a function, a 12-digit account and a region");
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("invocations");
        for (RecentInvocations.Snapshot invocation : invocations.of(account, region, function)) {
            ObjectNode entry = list.addObject().put("requestId", invocation.requestId())
                    .put("time", invocation.firstLine().toString()).put("linesLeftOut", invocation.linesLeftOut());
            invocation.lines().forEach(entry.putArray("lines")::add);
        }
        return ok(body);
    }

    private static StreamsClient.Answer ok(ObjectNode body) {
        return new StreamsClient.Answer(200, body);
    }

    private StreamsClient.Answer failure(int status, String message) {
        return new StreamsClient.Answer(status, mapper.createObjectNode().put("message", message));
    }
}
