package dev.stratus.lambda.cleanup;

import dev.stratus.lambda.code.CodeStore;
import dev.stratus.lambda.function.FunctionLayer;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.FunctionVersion;
import dev.stratus.lambda.layer.LayerRepository;
import dev.stratus.lambda.layer.LayerVersion;
import dev.stratus.lambda.layer.OptDirectories;
import dev.stratus.lambda.runtime.FunctionInvoker;
import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.spi.ServiceLifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the code no function version or layer version refers to any more (zips and unpacked directories), and
 * the merged layer directories no version uses, sparing what a running execution environment still uses. It runs
 * in the background at start, whenever a version, function or layer version is gone or code is replaced, and
 * whenever an environment stops (the code it ran may have been waiting for it).
 */
@Singleton
public class UnusedCodeCollector implements ServiceLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(UnusedCodeCollector.class);

    private final FunctionRepository functions;
    private final LayerRepository layers;
    private final CodeStore code;
    private final OptDirectories optDirectories;
    private final FunctionInvoker invoker;
    private final ExecutorService collector = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lambda-code-collector");
        thread.setDaemon(true);
        return thread;
    });
    /** Set while a collection is asked for and has not begun: requests meanwhile are answered by that one. */
    private final AtomicBoolean requested = new AtomicBoolean();

    @Inject
    public UnusedCodeCollector(FunctionRepository functions, LayerRepository layers, CodeStore code,
                               OptDirectories optDirectories, FunctionInvoker invoker) {
        this.functions = functions;
        this.layers = layers;
        this.code = code;
        this.optDirectories = optDirectories;
        this.invoker = invoker;
    }

    @Override
    public void start() {
        code.onPossiblyUnused(this::request);
        invoker.onEnvironmentStopped(this::request);
        request();
    }

    @Override
    public void stop() {
        collector.shutdownNow();
    }

    /** Asks for a collection in the background soon. */
    public void request() {
        if (requested.compareAndSet(false, true) && !collector.isShutdown()) {
            collector.execute(this::collect);
        }
    }

    private void collect() {
        requested.set(false);
        try {
            code.beginCollection();
            Set<String> usedCode = new HashSet<>();
            List<List<FunctionLayer>> usedLayers = new ArrayList<>();
            Set<Path> runningOpt = new HashSet<>();
            for (FunctionSpec running : invoker.running()) {
                usedCode.add(running.codeSha256());
                runningOpt.add(running.optDirectory());
            }
            for (FunctionVersion version : functions.allVersions()) {
                usedCode.add(version.codeSha256());
                version.configuration().layers().forEach(layer -> usedCode.add(layer.codeSha256()));
                usedLayers.add(version.configuration().layers());
            }
            layers.allVersions().stream().map(LayerVersion::codeSha256).forEach(usedCode::add);
            Set<String> deleted = code.deleteAllBut(usedCode);
            int merged = optDirectories.deleteAllBut(usedLayers, runningOpt);
            if (!deleted.isEmpty() || merged > 0) {
                LOG.debug("Deleted {} package(s) and {} merged layer directories nothing uses any more", deleted.size(),
                        merged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Lambda could not delete the code nothing uses any more; it tries again at the next change", e);
        }
    }
}
