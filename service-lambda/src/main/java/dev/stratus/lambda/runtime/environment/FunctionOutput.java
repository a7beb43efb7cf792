package dev.stratus.lambda.runtime.environment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;

/**
 * What a function process prints (stdout and stderr), line by line: to the server log, prefixed with the
 * function name and request id, and into the running invocation's log.
 *
 * <p>The process writes to a file rather than a pipe: when its response arrives, everything it printed before
 * is already in the file, so an invocation's log is complete without waiting for a reader thread.
 */
final class FunctionOutput implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final Logger logger;
    private final String functionName;
    private final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    // The fields below are guarded by this.
    private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
    private String requestId;
    private StringBuilder invocationLog;

    FunctionOutput(Path file, Logger logger, String functionName) throws IOException {
        this.file = file;
        this.logger = logger;
        this.functionName = functionName;
        Files.deleteIfExists(file);
        Files.createFile(file);
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    Path file() {
        return file;
    }

    /** Sends the lines printed since the last drain on their way. */
    synchronized void drain() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            buffer.clear();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte next = buffer.get();
                    if (next == '\n') {
                        emitPartialLine();
                    } else {
                        partialLine.write(next);
                    }
                }
                buffer.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output of function " + functionName + " in " + file, e);
        }
    }

    /** Lines from now on belong to {@code requestId} ({@code null}: to none) and go into {@code log} (or nowhere). */
    synchronized void attribute(String requestId, StringBuilder log) {
        this.requestId = requestId;
        this.invocationLog = log;
    }

    /** Writes a line of Stratus's own (START, END, REPORT) as if the function printed it. */
    synchronized void emit(String line) {
        logger.info("[{}] [{}] {}", functionName, requestId == null ? "-" : requestId, line);
        if (invocationLog != null) {
            invocationLog.append(line).append('\n');
        }
    }

    /**
     * Sends everything printed so far on its way, a last line without a line break included: the invocation
     * or the process has ended (the Java runtime client's {@code LambdaLogger.log} ends no line).
     */
    synchronized void drainAll() {
        drain();
        if (partialLine.size() > 0) {
            emitPartialLine();
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    private void emitPartialLine() {
        String line = partialLine.toString(StandardCharsets.UTF_8);
        partialLine.reset();
        emit(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
