package dev.stratus.lambda.runtime.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.spi.CodeOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionOutputTest {

    @TempDir
    Path root;
    FunctionOutput output;
    StringBuilder log = new StringBuilder();

    @BeforeEach
    void openOutput() throws IOException {
        output = new FunctionOutput(root.resolve("fn.out"),
                new FunctionLog("000000000000", "us-east-1", "fn", CodeOutput.NONE));
        output.attribute("req-1", log);
    }

    @AfterEach
    void closeOutput() {
        output.close();
    }

    @Test
    void completeLinesAreSentOnAndAPartialLineWaitsForItsEnd() throws IOException {
        append("first\nsecond\r\nthi".getBytes(StandardCharsets.UTF_8));
        output.drain();
        assertEquals("first\nsecond\n", log.toString());

        append("rd\n".getBytes(StandardCharsets.UTF_8));
        output.drain();
        assertEquals("first\nsecond\nthird\n", log.toString());
    }

    @Test
    void partialLineIsSentOnWhenTheInvocationEnds() throws IOException {
        append("no line break".getBytes(StandardCharsets.UTF_8));

        output.drainAll();

        assertEquals("no line break\n", log.toString());
    }

    @Test
    void javaRuntimeClientLogFramesAreOneEventEachBetweenTextLines() throws IOException {
        byte[] frame = frame("event without line break");
        append("text before\n".getBytes(StandardCharsets.UTF_8));
        append(Arrays.copyOf(frame, 10));
        output.drain();
        append(Arrays.copyOfRange(frame, 10, frame.length));
        append(frame("multi\nline event\n"));
        append("text after\n".getBytes(StandardCharsets.UTF_8));

        output.drain();

        assertEquals("text before\nevent without line break\nmulti\nline event\ntext after\n", log.toString());
    }

    private static byte[] frame(String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + text.length).putInt(0xA55A0003).putInt(text.length).putLong(1_700_000_000_000_000L)
                .put(text).array();
    }

    private void append(byte[] bytes) throws IOException {
        Files.write(root.resolve("fn.out"), bytes, StandardOpenOption.APPEND);
    }
}
