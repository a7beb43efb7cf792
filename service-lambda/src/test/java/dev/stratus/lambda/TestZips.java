package dev.stratus.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds deployment packages for tests, including the malicious kinds Lambda must refuse. */
public final class TestZips {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public static TestZips zip() {
        return new TestZips();
    }

    /** A zip holding one file. */
    public static byte[] of(String name, String content) {
        return zip().file(name, content).bytes();
    }

    public TestZips file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestZips file(String name, byte[] content) {
        entries.put(name, new Entry(content, UnixStat.FILE_FLAG | 0644));
        return this;
    }

    public TestZips executable(String name, String content) {
        entries.put(name, new Entry(content.getBytes(StandardCharsets.UTF_8), UnixStat.FILE_FLAG | 0755));
        return this;
    }

    public TestZips symlink(String name, String target) {
        entries.put(name, new Entry(target.getBytes(StandardCharsets.UTF_8), UnixStat.LINK_FLAG | 0777));
        return this;
    }

    /** A file of {@code size} zero bytes, which compresses to almost nothing. */
    public TestZips zeros(String name, long size) {
        entries.put(name, new Entry(null, UnixStat.FILE_FLAG | 0644, size));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
                zipEntry.setUnixMode(entry.getValue().mode());
                zip.putArchiveEntry(zipEntry);
                entry.getValue().writeTo(zip);
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private record Entry(byte[] content, int mode, long zeros) {
        Entry(byte[] content, int mode) {
            this(content, mode, 0);
        }

        void writeTo(OutputStream out) throws IOException {
            if (content != null) {
                out.write(content);
                return;
            }
            byte[] block = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }
}
