package dev.stratus.benchmarks.load;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One keep-alive HTTP/1.1 connection of the driver, non-blocking. It reads just enough of a response to know where
 * it ends (the status line and {@code Content-Length}); the server under test always sends a length.
 */
final class Connection {

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final int id;
    private final SocketChannel channel;
    private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private ByteBuffer out = ByteBuffer.allocate(0);
    private int responseLength = -1;
    private int status;
    private long sentAt;

    private Connection(int id, SocketChannel channel) {
        this.id = id;
        this.channel = channel;
    }

    /** Opens a connection for a selector (non-blocking) or for one caller at a time (blocking). */
    static Connection open(int id, InetSocketAddress server, boolean blocking) throws IOException {
        SocketChannel channel = SocketChannel.open(server);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(blocking);
        return new Connection(id, channel);
    }

    int id() {
        return id;
    }

    SocketChannel channel() {
        return channel;
    }

    long sentAt() {
        return sentAt;
    }

    int status() {
        return status;
    }

    /** Starts sending a request; returns whether it is all written (else wait until the channel is writable). */
    boolean send(byte[] request, long now) throws IOException {
        sentAt = now;
        out = ByteBuffer.wrap(request);
        return flush();
    }

    boolean flush() throws IOException {
        channel.write(out);
        return !out.hasRemaining();
    }

    /** Reads what arrived; returns whether a whole response is in. */
    boolean read() throws IOException {
        if (!in.hasRemaining()) {
            in = ByteBuffer.wrap(Arrays.copyOf(in.array(), in.capacity() * 2)).position(in.position());
        }
        if (channel.read(in) < 0) {
            throw new EOFException("The server closed connection " + id);
        }
        return complete();
    }

    private boolean complete() {
        if (responseLength < 0) {
            int headerEnd = headerEnd(in.array(), in.position());
            if (headerEnd < 0) {
                return false;
            }
            status = (in.get(9) - '0') * 100 + (in.get(10) - '0') * 10 + (in.get(11) - '0');
            responseLength = headerEnd + contentLength(in.array(), headerEnd);
            if (responseLength > in.capacity()) {
                in = ByteBuffer.wrap(Arrays.copyOf(in.array(), responseLength)).position(in.position());
            }
        }
        return in.position() >= responseLength;
    }

    /** Sends a request and waits for its whole response; blocking connections only. */
    void exchange(byte[] request) throws IOException {
        send(request, System.nanoTime());
        while (!flush()) {
            Thread.onSpinWait();
        }
        while (!read()) {
            Thread.onSpinWait();
        }
    }

    /** The body of the response just completed. */
    String body() {
        int headerEnd = headerEnd(in.array(), in.position());
        return new String(in.array(), headerEnd, responseLength - headerEnd, StandardCharsets.UTF_8);
    }

    /** Forgets the completed response, keeping any bytes after it. */
    void next() {
        int extra = in.position() - responseLength;
        System.arraycopy(in.array(), responseLength, in.array(), 0, extra);
        in.position(extra);
        responseLength = -1;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot close connection " + id, e);
        }
    }

    /** The index just after the blank line ending the headers, or -1. */
    private static int headerEnd(byte[] bytes, int length) {
        for (int i = 3; i < length; i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int contentLength(byte[] bytes, int headerEnd) {
        for (int line = 0; line < headerEnd; ) {
            if (startsWithIgnoreCase(bytes, line, CONTENT_LENGTH)) {
                int value = 0;
                for (int i = line + CONTENT_LENGTH.length; bytes[i] != '\r'; i++) {
                    if (bytes[i] >= '0' && bytes[i] <= '9') {
                        value = value * 10 + bytes[i] - '0';
                    }
                }
                return value;
            }
            while (bytes[line] != '\n') {
                line++;
            }
            line++;
        }
        throw new IllegalStateException("A response without Content-Length: "
                + new String(bytes, 0, headerEnd, StandardCharsets.US_ASCII));
    }

    private static boolean startsWithIgnoreCase(byte[] bytes, int at, byte[] lowerCase) {
        for (int i = 0; i < lowerCase.length; i++) {
            byte b = bytes[at + i];
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }
}
