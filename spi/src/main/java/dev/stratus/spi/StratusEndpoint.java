package dev.stratus.spi;

import java.net.URI;

/**
 * Where this Stratus answers, as a client on this machine reaches it (for example the
 * {@code AWS_ENDPOINT_URL} a Lambda function is given).
 */
public record StratusEndpoint(String host, int port) {

    public URI uri() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + port);
    }
}
