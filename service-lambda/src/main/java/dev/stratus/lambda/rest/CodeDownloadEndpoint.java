package dev.stratus.lambda.rest;

import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.code.CodeStore;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves deployment packages at the {@code Code.Location} GetFunction reports, under Stratus's own path prefix
 * {@value #PREFIX}: {@code <endpoint>/lambda-code/<hex sha256>.zip}.
 */
@Singleton
public class CodeDownloadEndpoint implements LambdaRoutes {

    public static final String PREFIX = "/lambda-code/";

    private final CodeStore code;

    @Inject
    public CodeDownloadEndpoint(CodeStore code) {
        this.code = code;
    }

    public static String location(StratusEndpoint endpoint, String codeSha256) {
        return endpoint.uri() + PREFIX + CodeStore.hexOf(codeSha256) + ".zip";
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("GET", PREFIX + "{File}", "DownloadCode", this::download);
    }

    private ServiceResponse download(RestRequest request) {
        String file = request.pathParam("File");
        Path zip = code.zip(file.endsWith(".zip") ? file.substring(0, file.length() - 4) : "")
                .orElseThrow(() -> new AwsServiceException("ResourceNotFoundException",
                        "No deployment package at " + request.raw().path(), 404));
        try {
            return ServiceResponse.of(200, "application/zip", Files.readAllBytes(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
