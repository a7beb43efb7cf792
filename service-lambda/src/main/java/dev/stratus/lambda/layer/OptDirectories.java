package dev.stratus.lambda.layer;

import dev.stratus.lambda.code.CodeStore;
import dev.stratus.lambda.function.FunctionLayer;
import dev.stratus.spi.StratusSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-ins for {@code /opt}: one directory per combination of layers, under Stratus's data directory (else
 * its work directory) at {@code lambda/opt/<hash of the layers' code hashes>/}, holding the layers' contents
 * merged in order, later layers winning. Lambda extensions ({@code extensions/}) are left out: Stratus runs none.
 * A combination no function version uses any more is deleted once no environment runs with it.
 */
@Singleton
public class OptDirectories {

    private static final Logger LOG = LoggerFactory.getLogger(OptDirectories.class);
    private static final String EXTENSIONS = "extensions";
    private static final Pattern COMBINATION = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final CodeStore code;
    /** Serialises merging, so that a combination is merged once even when two environments start together. */
    private final Object merging = new Object();

    @Inject
    public OptDirectories(StratusSettings settings, CodeStore code) {
        this(settings.dataDir().orElse(settings.workDir()).resolve("lambda").resolve("opt"), code);
    }

    OptDirectories(Path root, CodeStore code) {
        this.root = root;
        this.code = code;
    }

    /** The merged contents of the layers, in order; an empty directory for none. */
    public Path directory(List<FunctionLayer> layers) {
        Path directory = root.resolve(combinationOf(layers));
        synchronized (merging) {
            if (!Files.isDirectory(directory)) {
                merge(layers, directory);
            }
        }
        return directory;
    }

    /**
     * Deletes the merged directories of every combination but those {@code used} lists and those environments run
     * with ({@code running}); how many it deleted.
     */
    public int deleteAllBut(Collection<List<FunctionLayer>> used, Set<Path> running) {
        Set<String> kept = new HashSet<>();
        used.forEach(layers -> kept.add(combinationOf(layers)));
        running.forEach(directory -> kept.add(directory.getFileName().toString()));
        int deleted = 0;
        synchronized (merging) {
            if (!Files.isDirectory(root)) {
                return 0;
            }
            try (Stream<Path> directories = Files.list(root)) {
                for (Path directory : directories.toList()) {
                    String name = directory.getFileName().toString();
                    if (COMBINATION.matcher(name).matches() && !kept.contains(name)) {
                        CodeStore.deleteTree(directory);
                        deleted++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the layer directories under " + root, e);
            }
        }
        return deleted;
    }

    private void merge(List<FunctionLayer> layers, Path directory) {
        Path staging = root.resolve(directory.getFileName() + ".merging-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            for (FunctionLayer layer : layers) {
                copyInto(layer, code.directory(layer.codeSha256()), staging);
            }
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge layers into " + directory, e);
        } finally {
            CodeStore.deleteTree(staging);
        }
    }

    private static void copyInto(FunctionLayer layer, Path content, Path target) throws IOException {
        if (Files.isDirectory(content.resolve(EXTENSIONS), LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("Layer {} brings Lambda extensions (/opt/extensions); Stratus does not run extensions and "
                    + "leaves them out", layer.arn());
        }
        try (Stream<Path> paths = Files.walk(content)) {
            for (Path source : paths.toList()) {
                Path relative = content.relativize(source);
                if (relative.toString().isEmpty() || relative.getName(0).toString().equals(EXTENSIONS)) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    if (!Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(destination);
                        Files.createDirectories(destination);
                    }
                } else {
                    if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
                        CodeStore.deleteTree(destination);
                    }
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static String combinationOf(List<FunctionLayer> layers) {
        StringBuilder hashes = new StringBuilder();
        layers.forEach(layer -> hashes.append(layer.codeSha256()).append('\n'));
        return HexFormat.of().formatHex(CodeStore.sha256(hashes.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
