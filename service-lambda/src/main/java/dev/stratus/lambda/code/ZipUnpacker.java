package dev.stratus.lambda.code;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.AwsServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks a deployment package into a directory, refusing any entry that would land outside it (names with
 * {@code ..} or absolute paths, symbolic links pointing out) and packages larger than Lambda allows unpacked.
 */
final class ZipUnpacker {

    private static final int EXECUTABLE_BITS = 0111;

    private final long maxUnzippedBytes;

    ZipUnpacker(long maxUnzippedBytes) {
        this.maxUnzippedBytes = maxUnzippedBytes;
    }

    /** Unpacks {@code zip} into {@code root}, an empty directory; on refusal the directory may hold a part of it. */
    void unpack(byte[] zip, Path root) {
        try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(archive.getEntries());
            if (entries.isEmpty()) {
                throw unreadable();
            }
            checkDeclaredSize(entries);
            Path realRoot = root.toRealPath();
            long written = 0;
            List<Path> links = new ArrayList<>();
            for (ZipArchiveEntry entry : entries) {
                Path target = targetOf(realRoot, entry.getName());
                if (entry.isDirectory()) {
                    ensureInside(realRoot, target);
                } else if (entry.isUnixSymlink()) {
                    links.add(link(archive, entry, realRoot, target));
                } else {
                    written += extract(archive, entry, realRoot, target, maxUnzippedBytes - written);
                }
            }
            for (Path link : links) {
                // Checked once every entry is in place: a link may point through other links.
                if (!link.toRealPath().startsWith(realRoot)) {
                    throw unreadable();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable();
        }
    }

    private void checkDeclaredSize(List<ZipArchiveEntry> entries) {
        long declared = 0;
        for (ZipArchiveEntry entry : entries) {
            declared += Math.max(0, entry.getSize());
            if (declared > maxUnzippedBytes) {
                throw tooLarge();
            }
        }
    }

    private static Path targetOf(Path root, String name) {
        String normalisedName = name.replace('\\', '/');
        if (normalisedName.startsWith("/") || normalisedName.matches("^[a-zA-Z]:.*")) {
            throw unreadable();
        }
        Path target = root.resolve(normalisedName).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw unreadable();
        }
        return target;
    }

    private static Path link(ZipFile archive, ZipArchiveEntry entry, Path root, Path link) throws IOException {
        String destination;
        try (InputStream in = archive.getInputStream(entry)) {
            destination = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        Path pointee = link.getParent().resolve(destination).normalize();
        if (destination.startsWith("/") || !pointee.startsWith(root)) {
            throw unreadable();
        }
        ensureInside(root, link.getParent());
        Files.deleteIfExists(link);
        return Files.createSymbolicLink(link, Path.of(destination));
    }

    private long extract(ZipFile archive, ZipArchiveEntry entry, Path root, Path target, long allowance)
            throws IOException {
        ensureInside(root, target.getParent());
        Files.deleteIfExists(target);
        long copied = 0;
        try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                copied += read;
                if (copied > allowance) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
        }
        if (entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX && (entry.getUnixMode() & EXECUTABLE_BITS) != 0) {
            makeExecutable(target);
        }
        return copied;
    }

    /** Creates the directory and checks that, symbolic links followed, it is still inside the root. */
    private static void ensureInside(Path root, Path directory) throws IOException {
        Files.createDirectories(directory);
        if (!directory.toRealPath().startsWith(root)) {
            throw unreadable();
        }
    }

    private static void makeExecutable(Path file) {
        if (!file.toFile().setExecutable(true, false)) {
            throw new UncheckedIOException(new IOException("Cannot make " + file + " executable"));
        }
    }

    private static AwsServiceException unreadable() {
        return LambdaErrors.invalidParameter(
                "Could not unzip uploaded file. Please check your file, then try to upload again.");
    }

    private AwsServiceException tooLarge() {
        return LambdaErrors.invalidParameter("Unzipped size must be smaller than " + maxUnzippedBytes + " bytes");
    }
}
