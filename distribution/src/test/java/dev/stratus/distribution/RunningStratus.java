package dev.stratus.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code bin/stratus} of an {@link InstalledDistribution} class, running on a free port for the whole class,
 * with the AWS CLI v2 (through {@code bin/awslocal}) pointed at it and a scratch folder for the files a test hands
 * the CLI (zips, payloads, outputs).
 */
final class RunningStratus implements AutoCloseable {

    private final InstalledStratus installation;
    private final InstalledStratus.Server server;
    private final Path workspace;

    RunningStratus(InstalledStratus installation, InstalledStratus.Server server, Path workspace) {
        this.installation = installation;
        this.server = server;
        this.workspace = workspace;
    }

    int port() {
        return server.port();
    }

    /** What the server has logged so far (standard output and error). */
    String log() {
        return server.log();
    }

    /** A folder of the class's own for the files its tests write. */
    Path workspace() {
        return workspace;
    }

    InstalledStratus installation() {
        return installation;
    }

    InstalledStratus.Server server() {
        return server;
    }

    /** Runs {@code bin/awslocal} with the arguments; the test checks the exit code. */
    InstalledStratus.Run awslocal(String... args) throws IOException, InterruptedException {
        return installation.awslocal(server.port(), Map.of(), args);
    }

    /** Runs {@code bin/awslocal} with more environment variables (another credential, say). */
    InstalledStratus.Run awslocal(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return installation.awslocal(server.port(), environment, args);
    }

    /** Runs {@code bin/awslocal}, requires it to succeed, and reads its JSON output. */
    JsonNode awsJson(String... args) throws IOException, InterruptedException {
        return installation.awsJson(server, args);
    }

    /** A Node.js 20 function whose {@code index.js} is {@code source}; see {@link InstalledStratus#createNodeFunction}. */
    JsonNode createNodeFunction(String name, String source, String... moreArgs) throws IOException, InterruptedException {
        return installation.createNodeFunction(server, workspace, name, source, moreArgs);
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
