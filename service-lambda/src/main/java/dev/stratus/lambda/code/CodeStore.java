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
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Deployment packages, kept once per code hash under Stratus's data directory (else its work directory):
 * {@code lambda/code/<hex sha256>.zip}, unpacked into {@code lambda/code/<hex sha256>/}.
 */
@Singleton
public class CodeStore {

    private final Path root;
    private final ZipUnpacker unpacker = new ZipUnpacker(CodeLimits.MAX_UNZIPPED_BYTES);
    /** Serialises unpacking, so that a package is unpacked once even when two requests bring it together. */
    private final Object unpacking = new Object();

    @Inject
    public CodeStore(StratusSettings settings) {
        this(settings.dataDir().orElse(settings.workDir()).resolve("lambda").resolve("code"));
    }

    /** A store keeping its packages under {@code root}. */
    public CodeStore(Path root) {
        this.root = root;
    }

    /** Keeps and unpacks the zip, refusing it as Lambda would (too large, not a zip, entries escaping its root). */
    public StoredCode store(byte[] zip) {
        if (zip.length > CodeLimits.MAX_ZIPPED_BYTES) {
            throw LambdaErrors.invalidParameter("Zipped size must be smaller than " + CodeLimits.MAX_ZIPPED_BYTES + " bytes");
        }
        byte[] digest = sha256(zip);
        String hex = HexFormat.of().formatHex(digest);
        synchronized (unpacking) {
            unpackOnce(hex, zip);
            writeOnce(zipPath(hex), zip);
        }
        return new StoredCode(Base64.getEncoder().encodeToString(digest), zip.length);
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
