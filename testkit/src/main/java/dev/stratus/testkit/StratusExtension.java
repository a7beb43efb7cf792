package dev.stratus.testkit;

import dev.stratus.gateway.Stratus;
import dev.stratus.gateway.auth.AccessCredentials.AccessCredential;
import dev.stratus.gateway.routing.AccountIds;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Starts Stratus in-process on a free loopback port and injects ready AWS SDK v2 clients into tests.
 *
 * <p>With {@code @ExtendWith(StratusExtension.class)} every test class of the JVM shares one server, and each
 * class acts in its own account (a 12-digit access key derived from the class name), so tests never see each
 * other's tables or functions. With {@code @RegisterExtension static StratusExtension stratus =
 * StratusExtension.builder()...build()} the class gets a server of its own, with settings and optionally a
 * {@link TestClock}.
 *
 * <p>Test methods may declare parameters of any AWS SDK v2 client interface ({@code DynamoDbClient},
 * {@code LambdaClient}, ...), {@link URI} (the endpoint), {@link Stratus} or {@link TestClock}. What the class's
 * functions print is in {@link #functionLogs(String)}.
 *
 * <p>The server installs no runtime SDK in the background at start ({@code lambda.node-sdk-prepare-at-start} is
 * {@code false} unless a setting says otherwise): a test run starts no npm behind the tests' back. A suite whose
 * Node.js functions use the AWS SDK calls {@link Stratus#prepare()} once, before its first invoke.
 */
public final class StratusExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StratusExtension.class);
    /**
     * Turns off the background install of the Node.js SDKs; a variable rather than a setting, so that a server
     * without Lambda does not refuse it, and so that a setting given to the builder wins.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of("STRATUS_LAMBDA_NODE_SDK_PREPARE_AT_START", "false");

    private final Map<String, String> settings;
    private final TestClock clock;
    private final boolean dedicated;
    private Stratus server;
    private FunctionLogs logs;
    private String accessKey;
    private final Map<Class<?>, Object> clients = new HashMap<>();

    /** The shared-server form, for {@code @ExtendWith}. */
    public StratusExtension() {
        this(Map.of(), null, false);
    }

    private StratusExtension(Map<String, String> settings, TestClock clock, boolean dedicated) {
        this.settings = Map.copyOf(settings);
        this.clock = clock;
        this.dedicated = dedicated;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        accessKey = AccessKeys.forTestClass(context.getRequiredTestClass());
        Started started = dedicated ? startServer(settings, clock) : sharedServer(context);
        server = started.stratus();
        logs = started.logs();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<Object> open = new ArrayList<>(clients.values());
        clients.clear();
        for (Object client : open) {
            ((SdkAutoCloseable) client).close();
        }
        if (dedicated && server != null) {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == URI.class || type == Stratus.class || (type == TestClock.class && clock != null)
                || SdkClients.isClientType(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == URI.class) {
            return endpoint();
        }
        if (type == Stratus.class) {
            return server;
        }
        if (type == TestClock.class) {
            return clock;
        }
        return client(type);
    }

    /** The endpoint of the server this class uses. */
    public URI endpoint() {
        return server().endpoint();
    }

    public Stratus server() {
        if (server == null) {
            throw new IllegalStateException("Stratus is not started yet: use it from tests or @BeforeAll methods");
        }
        return server;
    }

    /** The clock of a dedicated server built {@link Builder#withTestClock()}. */
    public TestClock clock() {
        return Optional.ofNullable(clock).orElseThrow(() -> new IllegalStateException("Built without withTestClock()"));
    }

    /**
     * Every line the function named {@code functionName} of this class's account printed so far, oldest first,
     * with the START, END and REPORT lines of its invocations.
     */
    public List<String> functionLogs(String functionName) {
        return logs.of(accountId(), functionName);
    }

    /**
     * The account this test class acts in. A server that verifies signatures ({@code auth=sigv4}) is called with
     * its first configured credential, whose access key decides the account.
     */
    public String accountId() {
        return AccountIds.fromAccessKey(credential().accessKey());
    }

    /** A client of the given type for this class's account, created once and closed after the class. */
    public <T> T client(Class<T> type) {
        AccessCredential credential = credential();
        return type.cast(clients.computeIfAbsent(type,
                t -> SdkClients.create(t, endpoint(), credential.accessKey(), credential.secretKey())));
    }

    private AccessCredential credential() {
        return server().signingCredential().orElseGet(() -> new AccessCredential(accessKey, "test"));
    }

    private static Started sharedServer(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store.getOrComputeIfAbsent("shared", key -> new SharedServer(startServer(Map.of(), null)),
                SharedServer.class).started();
    }

    private static Started startServer(Map<String, String> settings, TestClock clock) {
        FunctionLogs logs = FunctionLogs.create();
        Stratus.Builder builder = Stratus.builder().setting("port", "0").settings(settings)
                .environment(ENVIRONMENT).codeOutput(logs);
        if (clock == null) {
            return new Started(builder.start(), logs);
        }
        Stratus stratus = builder.clock(clock).start();
        clock.afterEachMove(stratus::runDueTasks);
        return new Started(stratus, logs);
    }

    /** A server and the function output it keeps. */
    private record Started(Stratus stratus, FunctionLogs logs) {
    }

    /** The JVM-wide server, closed when the test run ends. */
    private record SharedServer(Started started) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            started.stratus().close();
        }
    }

    /** Assembles a {@link StratusExtension} with a server of its own. */
    public static final class Builder {
        private final Map<String, String> settings = new HashMap<>();
        private TestClock clock;

        private Builder() {
        }

        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        /** The server's clock stands still until the test moves it with {@link StratusExtension#clock()}. */
        public Builder withTestClock() {
            this.clock = new TestClock();
            return this;
        }

        public StratusExtension build() {
            return new StratusExtension(settings, clock, true);
        }
    }
}
