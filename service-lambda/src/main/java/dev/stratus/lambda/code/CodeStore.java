package dev.stratus.lambda.code;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.StratusSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Deployment packages, kept once per code hash under Stratus's data directory (else its work directory):
 * {@code lambda/code/<hex sha256>.zip}, unpacked into {@code lambda/code/<hex sha256>/}. Packages nothing refers to
 * any more are deleted (see {@link #deleteAllBut}); one being stored is held ({@link #store} to {@link #release})
 * until what refers to it is committed, and spared meanwhile.
 */
@Singleton
public class CodeStore {

    private static final Pattern PACKAGE = Pattern.compile("([0-9a-f]{64})(\\.zip)?");

    private final Path root;
    private final ZipUnpacker unpacker = new ZipUnpacker(CodeLimits.MAX_UNZIPPED_BYTES);
    /**
     * Serialises unpacking, so that a package is unpacked once even when two requests bring it together, and
     * deleting, so that a package being stored again is not deleted under it.
     */
    private final Object unpacking = new Object();
    // The fields below are guarded by holds.
    private final Object holds = new Object();
    /** How many stores hold each package (by hex hash) until what refers to it is committed. */
    private final Map<String, Integer> held = new HashMap<>();
    /** The packages held at any time since the collection began: they may be referred to only now. */
    private final Set<String> spared = new HashSet<>();
    private volatile Runnable whenPossiblyUnused = () -> { };

    @Inject
    public CodeStore(StratusSettings settings) {
        this(settings.dataDir().orElse(settings.workDir()).resolve("lambda").resolve("code"));
    }

    /** A store keeping its packages under {@code root}. */
    public CodeStore(Path root) {
        this.root = root;
    }

    /**
     * Keeps and unpacks the zip, refusing it as Lambda would (too large, not a zip, entries escaping its root). The
     * package is held, never deleted, until {@link #release}d once what refers to it is committed (or failed to be).
     */
    public StoredCode store(byte[] zip) {
        if (zip.length > CodeLimits.MAX_ZIPPED_BYTES) {
            throw LambdaErrors.invalidParameter("Zipped size must be smaller than " + CodeLimits.MAX_ZIPPED_BYTES + " bytes");
        }
        byte[] digest = sha256(zip);
        String hex = HexFormat.of().formatHex(digest);
        StoredCode stored = new StoredCode(Base64.getEncoder().encodeToString(digest), zip.length);
        synchronized (holds) {
            held.merge(hex, 1, Integer::sum);
            spared.add(hex);
        }
        try {
            synchronized (unpacking) {
                unpackOnce(hex, zip);
                writeOnce(zipPath(hex), zip);
            }
        } catch (RuntimeException e) {
            release(stored);
            throw e;
        }
        return stored;
    }

    /** Ends the hold {@link #store} took on the package: what refers to it is committed, or will not be. */
    public void release(StoredCode stored) {
        String hex = hexOf(stored.codeSha256());
        synchronized (holds) {
            held.computeIfPresent(hex, (key, count) -> count == 1 ? null : count - 1);
        }
    }

    /** The unpacked code of a stored package (unpacked again from its zip if the directory went missing). */
    public Path directory(String codeSha256) {
        String hex = hexOf(codeSha256);
        Path directory = root.resolve(hex);
        if (!Files.isDirectory(directory)) {
            synchronized (unpacking) {
                unpackOnce(hex, readZip(hex));
            }
        }
        return directory;
    }

    /** The size of a stored package once unpacked: what Lambda counts against its limit on unzipped size. */
    public long unpackedSize(String codeSha256) {
        try (Stream<Path> paths = Files.walk(directory(codeSha256))) {
            return paths.filter(Files::isRegularFile).mapToLong(CodeStore::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure code " + codeSha256 + " under " + root, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip of a stored package, by its hex SHA-256 (as it appears in download URLs). */
    public Optional<Path> zip(String hexSha256) {
        if (!hexSha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path zip = zipPath(hexSha256);
        return Files.isRegularFile(zip) ? Optional.of(zip) : Optional.empty();
    }

    /** Runs {@code listener} when {@link #possiblyUnused()} says packages may have lost their last reference. */
    public void onPossiblyUnused(Runnable listener) {
        whenPossiblyUnused = listener;
    }

    /** Packages may have lost their last reference: a version, a function or a layer version is gone. */
    public void possiblyUnused() {
        whenPossiblyUnused.run();
    }

    /**
     * Begins a collection, before what is used is read: the packages held now, or from now on until
     * {@link #deleteAllBut}, are spared by it.
     */
    public void beginCollection() {
        synchronized (holds) {
            spared.clear();
            spared.addAll(held.keySet());
        }
    }

    /**
     * Deletes every package (its zip and its unpacked directory) but those whose base64 hash {@code used} holds and
     * those spared since {@link #beginCollection}; the hex hashes of those deleted.
     */
    public Set<String> deleteAllBut(Set<String> used) {
        Set<String> usedHex = new HashSet<>();
        used.forEach(codeSha256 -> usedHex.add(hexOf(codeSha256)));
        Set<String> deleted = new TreeSet<>();
        synchronized (unpacking) {
            for (Path path : entries()) {
                Matcher name = PACKAGE.matcher(path.getFileName().toString());
                if (name.matches() && !usedHex.contains(name.group(1)) && !isSpared(name.group(1))) {
                    deleteTree(path);
                    deleted.add(name.group(1));
                }
            }
        }
        return deleted;
    }

    private boolean isSpared(String hex) {
        synchronized (holds) {
            return spared.contains(hex) || held.containsKey(hex);
        }
    }

    private List<Path> entries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(root)) {
            return paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the code under " + root, e);
        }
    }

    /** The hex form of a base64 code hash, as used in file names and download URLs. */
    public static String hexOf(String codeSha256) {
        return HexFormat.of().formatHex(Base64.getDecoder().decode(codeSha256));
    }

    private void unpackOnce(String hex, byte[] zip) {
        Path directory = root.resolve(hex);
        if (Files.isDirectory(directory)) {
            return;
        }
        Path staging = root.resolve(hex + ".unpacking-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            unpacker.unpack(zip, staging);
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack code " + hex + " under " + root, e);
        } finally {
            deleteTree(staging);
        }
    }

    private void writeOnce(Path zip, byte[] bytes) {
        if (Files.isRegularFile(zip)) {
            return;
        }
        try {
            Path staging = zip.resolveSibling(zip.getFileName() + ".writing-" + UUID.randomUUID());
            Files.write(staging, bytes);
            Files.move(staging, zip, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep code zip " + zip, e);
        }
    }

    private byte[] readZip(String hex) {
        try {
            return Files.readAllBytes(zipPath(hex));
        } catch (IOException e) {
            throw new UncheckedIOException("The code zip " + hex + " is missing under " + root, e);
        }
    }

    private Path zipPath(String hex) {
        return root.resolve(hex + ".zip");
    }

    /** Deletes a directory and everything under it, if it exists. */
    public static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean up " + directory, e);
        }
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
