package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ConsolePage;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.RequestContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The console's JSON endpoints for what no AWS API tells: {@code api/pages} (the pages the running services add,
 * by title), {@code api/invocations} (a function's recent invocations and their log lines), {@code api/session}
 * (the token that lets the page's calls through {@code --auth sigv4}) and {@code api/view/<service>/<name>} (a
 * service's {@link ConsoleView}).
 */
final class ConsoleApi {

    private static final String VIEW = "api/view/";

    private final List<ConsolePage> pages;
    private final List<ConsoleView> views;
    private final RecentInvocations invocations;
    private final ConsoleSession session;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String defaultRegion;

    ConsoleApi(ConsoleHandler.Sources sources, ObjectMapper mapper, Clock clock, String defaultRegion) {
        this.pages = sources.pages().stream().sorted(Comparator.comparing(ConsolePage::title)).toList();
        this.views = List.copyOf(sources.views());
        this.invocations = sources.invocations();
        this.session = sources.session();
        this.mapper = mapper;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
    }

    /** The answer for {@code name} (the path after {@code /_stratus/console/}), if it is one of these endpoints. */
    Optional<StreamsClient.Answer> answer(String name, Request request) {
        if (name.startsWith(VIEW)) {
            return view(name.substring(VIEW.length()), Request.extractQueryParameters(request));
        }
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

    private Optional<StreamsClient.Answer> view(String serviceAndName, Fields query) {
        Optional<ConsoleView> view = views.stream()
                .filter(v -> serviceAndName.equals(v.service() + "/" + v.name())).findFirst();
        if (view.isEmpty()) {
            return Optional.empty();
        }
        PageScope scope = PageScope.of(query, defaultRegion);
        if (!scope.valid()) {
            return Optional.of(failure(400, "Expected a 12-digit account and a region"));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach(field -> parameters.put(field.getName(), field.getValue()));
        parameters.keySet().removeAll(List.of("account", "region"));
        RequestContext context = new RequestContext(UUID.randomUUID().toString(), scope.account(), scope.region(),
                view.get().service(), view.get().name(), clock.instant(), scope.account());
        try {
            return Optional.of(new StreamsClient.Answer(200, view.get().read(context, parameters)));
        } catch (AwsServiceException e) {
            return Optional.of(new StreamsClient.Answer(e.httpStatus(), mapper.createObjectNode()
                    .put("__type", e.errorCode()).put("message", e.getMessage())));
        }
    }

    private StreamsClient.Answer invocations(Fields query) {
        PageScope scope = PageScope.of(query, defaultRegion);
        String function = query.getValue("function");
        if (function == null || function.isEmpty() || !scope.valid()) {
            return failure(400, "Expected a function, a 12-digit account and a region");
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("invocations");
        for (RecentInvocations.Snapshot invocation : invocations.of(scope.account(), scope.region(), function)) {
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
