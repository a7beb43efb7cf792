package dev.stratus.lambda.runtime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class RuntimeVersionCheckTest {

    @TempDir
    Path bin;
    private final Logger logger = (Logger) LoggerFactory.getLogger(RuntimeVersionCheck.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final RuntimeVersionCheck check = new RuntimeVersionCheck();

    @BeforeEach
    void listen() {
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(events);
    }

    @Test
    void aRuntimeOnAnExecutableOfAnotherMajorVersionIsNamedOnce() throws IOException {
        Path node = executable("node", "v22.3.0");

        check.check("nodejs20.x", node, "Node.js", "20");
        check.check("nodejs20.x", node, "Node.js", "20");

        assertEquals(List.of("The runtime nodejs20.x runs on Node.js 22.3.0 (" + node + "), not on Node.js 20 as on "
                + "AWS; set lambda.runtime.nodejs20.x.executable to pick another executable."), messages());
    }

    @Test
    void aRuntimeOnItsOwnVersionIsNotNamed() throws IOException {
        check.check("python3.12", executable("python3", "Python 3.12.4"), "Python", "3.12");
        check.check("nodejs22.x", executable("node", "v22.3.0"), "Node.js", "22");

        assertEquals(List.of(), messages());
    }

    @Test
    void pythonComparesMajorAndMinorVersion() throws IOException {
        Path python = executable("python3", "Python 3.11.7");

        check.check("python3.12", python, "Python", "3.12");

        assertEquals(List.of("The runtime python3.12 runs on Python 3.11.7 (" + python + "), not on Python 3.12 as "
                + "on AWS; set lambda.runtime.python3.12.executable to pick another executable."), messages());
    }

    private List<String> messages() {
        return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private Path executable(String name, String version) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho '" + version + "'\n");
        script.toFile().setExecutable(true);
        return script;
    }
}
