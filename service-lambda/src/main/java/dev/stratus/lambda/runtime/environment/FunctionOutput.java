package dev.stratus.lambda.runtime.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * What a function process prints, line by line: to the function's {@link FunctionLog}, and into the running
 * invocation's log.
 *
 * <p>The process writes to a file rather than a pipe: when its response arrives, everything it printed before
 * is already in the file, so an invocation's log is complete without waiting for a reader thread. Besides text
 * (stdout and stderr), the file may hold log frames of the Java runtime interface client (its telemetry format:
 * a 16-byte header of magic and type, length and timestamp, then the message), one log event each.
 */
final class FunctionOutput implements AutoCloseable {

    private static final int FRAME_HEADER_BYTES = 16;
    private static final byte FRAME_MAGIC_0 = (byte) 0xA5;
    private static final byte FRAME_MAGIC_1 = (byte) 0x5A;

    private final Path file;
    private final FileChannel channel;
    private final FunctionLog log;
    // The fields below are guarded by this.
    private final ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
    /** Bytes read but not yet sent on: a line without its line break, or a frame not complete yet. */
    private byte[] pending = new byte[16 * 1024];
    private int pendingLength;
    private String requestId;
    private StringBuilder invocationLog;

    FunctionOutput(Path file, FunctionLog log) throws IOException {
        this.file = file;
        this.log = log;
        Files.deleteIfExists(file);
        Files.createFile(file);
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    Path file() {
        return file;
    }

    /** Sends the lines printed since the last drain on their way. */
    synchronized void drain() {
        if (readNewBytes()) {
            sendOn(false);
        }
    }

    /**
     * Sends everything printed so far on its way, a last line without a line break included: the invocation
     * or the process has ended.
     */
    synchronized void drainAll() {
        readNewBytes();
        sendOn(true);
    }

    /** Lines from now on belong to {@code requestId} ({@code null}: to none) and go into {@code log} (or nowhere). */
    synchronized void attribute(String requestId, StringBuilder log) {
        this.requestId = requestId;
        this.invocationLog = log;
    }

    /** Writes a line of Stratus's own (START, END, REPORT) as if the function printed it. */
    synchronized void emit(String line) {
        log.line(requestId, line);
        if (invocationLog != null) {
            invocationLog.append(line).append('\n');
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

    /** Appends what the process wrote since the last read to {@link #pending}; whether there was anything. */
    private boolean readNewBytes() {
        if (!channel.isOpen()) {
            return false;
        }
        boolean read = false;
        try {
            chunk.clear();
            while (channel.read(chunk) > 0) {
                chunk.flip();
                if (pendingLength + chunk.remaining() > pending.length) {
                    pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + chunk.remaining()));
                }
                chunk.get(pending, pendingLength, chunk.remaining());
                pendingLength = pendingLength + chunk.position();
                chunk.clear();
                read = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the function output in " + file, e);
        }
        return read;
    }

    /** Emits the complete lines and frames of {@link #pending}, and a last partial line when {@code ended}. */
    private void sendOn(boolean ended) {
        int position = 0;
        while (position < pendingLength) {
            if (isFrameAt(position)) {
                int available = pendingLength - position - FRAME_HEADER_BYTES;
                int length = available < 0 ? -1 : ByteBuffer.wrap(pending, position + 4, 4).getInt();
                if (length < 0 || available < length) {
                    break;
                }
                emitLines(new String(pending, position + FRAME_HEADER_BYTES, length, StandardCharsets.UTF_8).stripTrailing());
                position += FRAME_HEADER_BYTES + length;
            } else {
                int lineBreak = indexOfLineBreak(position);
                if (lineBreak < 0 && !ended) {
                    break;
                }
                int end = lineBreak < 0 ? pendingLength : lineBreak;
                emitLines(new String(pending, position, end - position, StandardCharsets.UTF_8));
                position = lineBreak < 0 ? pendingLength : lineBreak + 1;
            }
        }
        System.arraycopy(pending, position, pending, 0, pendingLength - position);
        pendingLength -= position;
    }

    private boolean isFrameAt(int position) {
        return pendingLength - position >= 2 && pending[position] == FRAME_MAGIC_0 && pending[position + 1] == FRAME_MAGIC_1;
    }

    private int indexOfLineBreak(int from) {
        for (int i = from; i < pendingLength; i++) {
            if (pending[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void emitLines(String text) {
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : trimmed.split("\n", -1)) {
            emit(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
    }
}
