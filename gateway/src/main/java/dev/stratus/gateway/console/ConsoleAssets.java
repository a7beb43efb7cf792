package dev.stratus.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Static files of the console, read from a jar's folder; no file outside the folder can be named. */
final class ConsoleAssets {

    /** The console's own files, in the gateway jar. */
    static final ConsoleAssets OWN = new ConsoleAssets(ConsoleAssets.class.getClassLoader(),
            "dev/stratus/gateway/console/assets");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    private final ClassLoader loader;
    private final String folder;

    ConsoleAssets(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** The asset at {@code name} ({@code index.html}, {@code app.js}), if there is one. */
    Optional<Asset> find(String name) throws IOException {
        if (!name.matches("[a-z0-9-]+\\.[a-z]+")) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(folder + name)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(type, in.readAllBytes()));
        }
    }

    /** One file and its media type. */
    record Asset(String contentType, byte[] bytes) {

        void send(Response response, Callback callback, boolean headOnly) {
            response.setStatus(200);
            response.getHeaders().put("Content-Type", contentType);
            response.getHeaders().put("Content-Length", bytes.length);
            response.getHeaders().put("Cache-Control", "no-cache");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            if (headOnly) {
                callback.succeeded();
            } else {
                response.write(true, ByteBuffer.wrap(bytes), callback);
            }
        }
    }
}
