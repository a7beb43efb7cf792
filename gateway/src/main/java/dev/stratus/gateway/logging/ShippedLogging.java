package dev.stratus.gateway.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;

/**
 * Applies the distribution's {@code conf/logback.xml} without parsing it while the file is the one shipped: the
 * XML configurator and its parser cost a third of a second of each start. An edited file (or none) is left to
 * Logback's own configurators.
 */
public final class ShippedLogging extends ContextAwareBase implements Configurator {

    private static final String SHIPPED_FILE = "shipped-logback.xml";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!isShipped(System.getProperty("logback.configurationFile"))) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        ShippedLayout layout = new ShippedLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        context.getLogger("dev.stratus.access").setLevel(Level.INFO);
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether {@code file} holds exactly the configuration this class applies. */
    public static boolean isShipped(String file) {
        if (file == null) {
            return false;
        }
        try (InputStream shipped = ShippedLogging.class.getResourceAsStream(SHIPPED_FILE)) {
            return shipped != null && Arrays.equals(shipped.readAllBytes(), Files.readAllBytes(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
