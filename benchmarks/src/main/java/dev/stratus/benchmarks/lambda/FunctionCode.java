package dev.stratus.benchmarks.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A benchmark function: its runtime, handler and deployment package. The handlers do next to nothing, so what an
 * invoke costs is what Stratus and the runtime add.
 */
record FunctionCode(String runtime, String handler, Map<String, byte[]> files) {

    /**
     * Answers {@code {"ok":true}}; with {@code RECORD_FILE} set, also appends its start time (epoch ms) and the keys
     * of the stream records it got.
     */
    static FunctionCode nodejs(String runtime) {
        return new FunctionCode(runtime, "index.handler", Map.of("index.js", utf8("""
                const fs = require('fs');
                const file = process.env.RECORD_FILE;
                exports.handler = async (event) => {
                  const startedAt = performance.timeOrigin + performance.now();
                  if (file && event.Records) {
                    const keys = event.Records.map(r => r.dynamodb.Keys.pk.S).join(',');
                    fs.appendFileSync(file, startedAt.toFixed(3) + ' ' + keys + '\\n');
                  }
                  return { ok: true };
                };
                """)));
    }

    static FunctionCode python(String runtime) {
        return new FunctionCode(runtime, "index.handler", Map.of("index.py", utf8("""
                def handler(event, context):
                    return {"ok": True}
                """)));
    }

    /** A custom runtime: a shell {@code bootstrap} speaking the Runtime API with curl (two curl processes per invoke). */
    static FunctionCode shellBootstrap(String runtime) {
        return new FunctionCode(runtime, "none", Map.of("bootstrap", utf8("""
                #!/bin/sh
                set -eu
                API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation"
                HEADERS="${TMPDIR:-/tmp}/bench-bootstrap-$$.headers"
                while true; do
                  curl -sS -o /dev/null -D "$HEADERS" "$API/next"
                  ID=$(grep -i '^lambda-runtime-aws-request-id:' "$HEADERS" | cut -d: -f2 | tr -d '[:space:]')
                  curl -sS -o /dev/null -X POST -d '{"ok":true}' "$API/$ID/response"
                done
                """)));
    }

    /** A plain Java class (no library), compiled here: {@code bench.Handler::handleRequest} takes and answers a map. */
    static FunctionCode java(String runtime) {
        return new FunctionCode(runtime, "bench.Handler::handleRequest",
                Map.of("bench/Handler.class", JavaHandlerCompiler.compile("bench.Handler", """
                        package bench;

                        import java.util.Map;

                        public class Handler {
                            public Map<String, Object> handleRequest(Map<String, Object> event) {
                                return Map.of("ok", true);
                            }
                        }
                        """)));
    }

    /** The benchmark function of a runtime name: nodejs*, python*, provided*, java*. */
    static FunctionCode forRuntime(String runtime) {
        if (runtime.startsWith("nodejs")) {
            return nodejs(runtime);
        }
        if (runtime.startsWith("python")) {
            return python(runtime);
        }
        if (runtime.startsWith("provided")) {
            return shellBootstrap(runtime);
        }
        if (runtime.startsWith("java")) {
            return java(runtime);
        }
        throw new IllegalArgumentException("No benchmark function for the runtime " + runtime);
    }

    String zipBase64() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
