package dev.stratus.lambda.runtime.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS SDKs for JavaScript that Stratus provides to Node.js functions, as AWS's managed runtimes do, without
 * touching the function's code: installed with npm, once, into a cache folder that outlives Stratus runs, the
 * first time a function's code mentions the SDK, or ahead ({@link #prepare()}, {@link #prepareInBackground()}).
 * Installs are serialised, within this JVM and across processes: an invoke that needs an SDK while another
 * thread installs it waits for that install. {@link #close()} stops a running npm and leaves no half install.
 */
public final class NodeSdkCache {

    private static final Logger LOG = LoggerFactory.getLogger(NodeSdkCache.class);
    private static final long MAX_SCANNED_FILE_BYTES = 20L * 1024 * 1024;
    private static final long INSTALL_TIMEOUT_MINUTES = 5;
    /** Between an SDK's folder name and a random id: the folder npm installs into before it is moved in place. */
    private static final String STAGING = ".installing-";
    /** How long {@link #close()} waits for a stopped install to remove its staging folder. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final Path cache;
    private final String nodeExecutable;
    /** Held by the thread that installs; guards {@link #failed}. */
    private final ReentrantLock installing = new ReentrantLock();
    /** The SDKs whose install failed in this run, not tried again. */
    private final Set<NodeSdk> failed = EnumSet.noneOf(NodeSdk.class);
    /** Guards {@link #runningNpm} and {@link #closed}, which {@link #close()} reads while an install holds the lock. */
    private final Object npmGuard = new Object();
    private Process runningNpm;
    private boolean closed;

    public NodeSdkCache(Path cache, String nodeExecutable) {
        this.cache = cache;
        this.nodeExecutable = nodeExecutable;
    }

    /**
     * The {@code node_modules} folder holding the SDK, installing it first when the function's code mentions it
     * and it is not cached yet; empty when it is not there and cannot be installed (offline).
     */
    public Optional<Path> nodeModules(NodeSdk sdk, Path codeDirectory) {
        Path modules = nodeModulesOf(sdk);
        if (Files.isDirectory(modules)) {
            return Optional.of(modules);
        }
        if (!needs(codeDirectory, sdk)) {
            return Optional.empty();
        }
        return installed(sdk, true) ? Optional.of(modules) : Optional.empty();
    }

    /**
     * Installs every SDK not cached yet, so that no invoke waits on npm; returns whether they are all there,
     * having logged each that could not be installed.
     */
    public boolean prepare() {
        boolean all = true;
        for (NodeSdk sdk : NodeSdk.values()) {
            all &= installed(sdk, true);
        }
        return all;
    }

    /**
     * Starts installing the SDKs not cached yet on a daemon thread, with one line in the log, when npm is found;
     * does nothing when they are all cached.
     */
    public void prepareInBackground() {
        List<NodeSdk> missing = Arrays.stream(NodeSdk.values())
                .filter(sdk -> !Files.isDirectory(nodeModulesOf(sdk))).toList();
        if (missing.isEmpty() || findNpm().isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> missing.forEach(sdk -> installed(sdk, false)), "lambda-node-sdk-install");
        thread.setDaemon(true);
        synchronized (npmGuard) {
            if (closed) {
                return;
            }
            LOG.info("Installing the AWS SDK for JavaScript {} for Node.js functions into {} in the background, "
                    + "so that no invoke waits on npm.", missing.stream().map(NodeSdk::describe)
                    .collect(Collectors.joining(" and ")), cache);
            thread.start();
        }
    }

    /**
     * Stops installing: kills a running npm with its process tree and waits for its install to remove the
     * staging folder, so that the cache holds no half-installed SDK. Later installs do not start.
     */
    public void close() {
        Process running;
        synchronized (npmGuard) {
            closed = true;
            running = runningNpm;
        }
        if (running != null) {
            ProcessTree.kill(running.toHandle());
        }
        try {
            if (installing.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                installing.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether the SDK is cached, installing it first if it is not and its install has not failed before;
     * {@code announce}: whether the install is said at INFO (else at DEBUG: a background install is announced
     * once, for every SDK).
     */
    private boolean installed(NodeSdk sdk, boolean announce) {
        if (Files.isDirectory(nodeModulesOf(sdk))) {
            return true;
        }
        installing.lock();
        try {
            if (Files.isDirectory(nodeModulesOf(sdk))) {
                return true;
            }
            if (failed.contains(sdk) || isClosed()) {
                return false;
            }
            install(sdk, announce);
            return true;
        } catch (IOException | InstallFailedException e) {
            if (isClosed()) {
                return false;
            }
            failed.add(sdk);
            LOG.warn("Could not install the AWS SDK for JavaScript {} that Lambda functions on Node.js expect: {}. "
                            + "Functions that load it fail with Runtime.ImportModuleError until it is provisioned: "
                            + "run `npm install --prefix {} {}` where the npm registry is reachable, "
                            + "or set lambda.node-sdk-cache to a folder that holds it.",
                    sdk.describe(), e.getMessage(),
                    cache.resolve(sdk.folderName()), String.join(" ", sdk.packages()));
            return false;
        } finally {
            installing.unlock();
        }
    }

    private boolean isClosed() {
        synchronized (npmGuard) {
            return closed;
        }
    }

    private Path nodeModulesOf(NodeSdk sdk) {
        return cache.resolve(sdk.folderName()).resolve("node_modules");
    }

    private static boolean needs(Path codeDirectory, NodeSdk sdk) {
        if (Files.isDirectory(codeDirectory.resolve("node_modules").resolve(sdk.markerPackage()))) {
            return false;
        }
        try {
            return mentionsSdk(codeDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the function's code in " + codeDirectory, e);
        }
    }

    /** Whether the function's own scripts (not its dependencies in node_modules) mention the SDK. */
    private static boolean mentionsSdk(Path codeDirectory) throws IOException {
        boolean[] found = {false};
        Files.walkFileTree(codeDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.getFileName() != null && "node_modules".equals(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                found[0] = isScript(file) && attributes.size() <= MAX_SCANNED_FILE_BYTES
                        && Files.readString(file, StandardCharsets.ISO_8859_1).contains("aws-sdk");
                return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        return found[0];
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs");
    }

    private void install(NodeSdk sdk, boolean announce) throws IOException {
        Files.createDirectories(cache);
        Path target = cache.resolve(sdk.folderName());
        try (FileChannel lockFile = FileChannel.open(cache.resolve(sdk.folderName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.isDirectory(target.resolve("node_modules"))) {
                return;
            }
            deleteStaleStaging(sdk);
            Path staging = cache.resolve(sdk.folderName() + STAGING + UUID.randomUUID());
            try {
                say(announce, "Installing the AWS SDK for JavaScript {} for Node.js functions into {}; this happens once.",
                        sdk.describe(), target);
                runNpmInstall(sdk, staging);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                say(announce, "Installed the AWS SDK for JavaScript {} into {}.", sdk.describe(), target);
            } finally {
                deleteTree(staging);
            }
        }
    }

    /**
     * Deletes what an install of {@code sdk} left when its process was killed (no {@link #close()}); called
     * holding the SDK's file lock, so no other install is using it.
     */
    private void deleteStaleStaging(NodeSdk sdk) throws IOException {
        List<Path> stale;
        try (var entries = Files.newDirectoryStream(cache, sdk.folderName() + STAGING + "*")) {
            stale = new ArrayList<>();
            entries.forEach(stale::add);
        }
        for (Path folder : stale) {
            deleteTree(folder);
        }
    }

    private void runNpmInstall(NodeSdk sdk, Path staging) throws IOException {
        Files.createDirectories(staging);
        List<String> command = new ArrayList<>(List.of(npmExecutable(), "install", "--no-audit", "--no-fund",
                "--no-package-lock", "--loglevel=error", "--prefix", staging.toString()));
        command.addAll(sdk.packages());
        Path output = staging.resolve("npm-install.log");
        Process npm = startNpm(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()));
        try {
            if (!npm.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                ProcessTree.kill(npm.toHandle());
                throw new InstallFailedException("npm did not finish within " + INSTALL_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            ProcessTree.kill(npm.toHandle());
            Thread.currentThread().interrupt();
            throw new InstallFailedException("interrupted while npm was installing");
        } finally {
            synchronized (npmGuard) {
                runningNpm = null;
            }
        }
        if (npm.exitValue() != 0) {
            throw new InstallFailedException("npm exited with status " + npm.exitValue() + ": " + lastLines(output));
        }
    }

    /** Starts npm unless the cache is closed, as the npm that {@link #close()} stops. */
    private Process startNpm(ProcessBuilder builder) throws IOException {
        synchronized (npmGuard) {
            if (closed) {
                throw new InstallFailedException("Stratus is stopping");
            }
            runningNpm = builder.start();
            runningNpm.getOutputStream().close();
            return runningNpm;
        }
    }

    private String npmExecutable() {
        return findNpm().map(Path::toString)
                .orElseThrow(() -> new InstallFailedException("npm was not found beside " + nodeExecutable + " nor on the PATH"));
    }

    /** The npm beside the node executable, else the one on the PATH. */
    private Optional<Path> findNpm() {
        Optional<Path> node = Executables.find(nodeExecutable);
        if (node.isPresent() && node.get().getParent() != null) {
            Path besideNode = node.get().getParent().resolve("npm");
            if (Files.isExecutable(besideNode)) {
                return Optional.of(besideNode);
            }
        }
        return Executables.find("npm");
    }

    private static void say(boolean announce, String format, Object... arguments) {
        if (announce) {
            LOG.info(format, arguments);
        } else {
            LOG.debug(format, arguments);
        }
    }

    private static String lastLines(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static final class InstallFailedException extends RuntimeException {
        InstallFailedException(String message) {
            super(message);
        }
    }
}
