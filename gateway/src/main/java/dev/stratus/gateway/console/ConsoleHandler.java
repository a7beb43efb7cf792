package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ConsolePage;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.ServiceHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The web console at {@code /_stratus/console/}: its static files, the files of the pages services add
 * ({@code plugins/<service>/<file>}), {@code api/stream-records} (a stream's records as server-sent events),
 * {@code api/events} (the {@link ConsoleNotices} of an account and region, as server-sent events) and the few
 * endpoints of {@link ConsoleApi}. Everything else the page needs it asks of the AWS APIs, like any client.
 */
public final class ConsoleHandler extends Handler.Wrapper {

    static final String ROOT = "/_stratus/console";
    private static final String STREAM_RECORDS = "api/stream-records";
    private static final String EVENTS = "api/events";
    private static final Duration TAIL_INTERVAL = Duration.ofMillis(200);

    private static final String PLUGINS = "plugins/";

    private final Optional<ServiceHandler> streams;
    private final ConsoleNotices notices;
    private final ConsoleApi api;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String defaultRegion;
    private final ScheduledExecutorService timer;

    /**
     * What the console reads from.
     *
     * @param streams     answers DynamoDB Streams requests, when that service runs
     * @param pages       the pages of the running services
     * @param views       the console views of the running services
     * @param invocations the functions' recent invocations
     * @param session     the token of the console's own page
     * @param notices     the change notices the services publish
     */
    public record Sources(Optional<ServiceHandler> streams, List<ConsolePage> pages, List<ConsoleView> views,
                          RecentInvocations invocations, ConsoleSession session, ConsoleNotices notices) {
    }

    public ConsoleHandler(Sources sources, ObjectMapper mapper, Clock clock, String defaultRegion, Handler next) {
        super(next);
        this.streams = sources.streams();
        this.notices = sources.notices();
        this.api = new ConsoleApi(sources, mapper, clock, defaultRegion);
        this.mapper = mapper;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
        this.timer = Executors.newScheduledThreadPool(1, task -> {
            Thread thread = new Thread(task, "stratus-console-tail");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (!path.equals(ROOT) && !path.startsWith(ROOT + "/")) {
            return super.handle(request, response, callback);
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            fail(response, callback, 405, "The console only reads: " + method + " " + path);
            return true;
        }
        if (path.equals(ROOT)) {
            response.setStatus(302);
            response.getHeaders().put("Location", ROOT + "/");
            response.getHeaders().put("Content-Length", 0L);
            callback.succeeded();
            return true;
        }
        String name = path.substring(ROOT.length() + 1);
        if (name.equals(STREAM_RECORDS)) {
            tail(request, response, callback);
            return true;
        }
        if (name.equals(EVENTS)) {
            events(request, response, callback);
            return true;
        }
        Optional<StreamsClient.Answer> answer = api.answer(name, request);
        if (answer.isPresent()) {
            send(response, callback, answer.get().status(), mapper.writeValueAsBytes(answer.get().body()));
            return true;
        }
        Optional<ConsoleAssets.Asset> asset = asset(name);
        if (asset.isPresent()) {
            asset.get().send(response, callback, method.equals("HEAD"));
        } else {
            fail(response, callback, 404, "No such console file: " + path);
        }
        return true;
    }

    private Optional<ConsoleAssets.Asset> asset(String name) throws IOException {
        if (!name.startsWith(PLUGINS)) {
            return ConsoleAssets.OWN.find(name.isEmpty() ? "index.html" : name);
        }
        String[] parts = name.substring(PLUGINS.length()).split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<ConsolePage> page = api.page(parts[0]);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return new ConsoleAssets(page.get().getClass().getClassLoader(), page.get().assets()).find(parts[1]);
    }

    private void events(Request request, Response response, Callback callback) throws IOException {
        PageScope scope = PageScope.of(Request.extractQueryParameters(request), defaultRegion);
        if (scope.valid()) {
            notices.open(scope.account(), scope.region(), response, callback);
        } else {
            fail(response, callback, 400, "Expected a 12-digit account and a region");
        }
    }

    private void tail(Request request, Response response, Callback callback) throws IOException {
        Fields query = Request.extractQueryParameters(request);
        String streamArn = query.getValue("streamArn");
        PageScope scope = PageScope.of(query, defaultRegion);
        if (streams.isEmpty()) {
            fail(response, callback, 404, "DynamoDB Streams is not running");
        } else if (streamArn == null || !scope.valid()) {
            fail(response, callback, 400, "Expected streamArn, a 12-digit account and a region");
        } else {
            StreamsClient client = new StreamsClient(streams.get(), mapper, clock, scope.account(), scope.region());
            TailSession session = new TailSession(client, streamArn, mapper, response, callback);
            try {
                session.begin(timer, TAIL_INTERVAL);
            } catch (StreamsClient.StreamsFailure e) {
                send(response, callback, e.answer().status(), mapper.writeValueAsBytes(e.answer().body()));
            }
        }
    }

    private void fail(Response response, Callback callback, int status, String message) throws IOException {
        send(response, callback, status, mapper.writeValueAsBytes(mapper.createObjectNode().put("message", message)));
    }

    private static void send(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", "application/json");
        response.getHeaders().put("Content-Length", body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    protected void doStop() throws Exception {
        timer.shutdownNow();
        super.doStop();
    }
}
