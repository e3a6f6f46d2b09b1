package no.samanom.samlingsrapport.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.apache.commons.io.output.CloseShieldOutputStream;


/**
 * Writes a file under a temporary name beside the target, forces it to disk and moves it
 * into place in one step, so that a crash never leaves a half-written report behind.
 */
public final class AtomicFiles {

    private static final String TEMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        removeLeftovers(folder, "." + target.getFileName() + TEMP_MARK + "*");
        Path temp = folder.resolve("." + target.getFileName() + TEMP_MARK + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                // writers such as OpenPDF close what they are given; the channel must stay open to be forced
                content.writeTo(CloseShieldOutputStream.wrap(out));
                out.flush();
                channel.force(true);
            }
            Failpoints.reach("temp:" + target.getFileName());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(folder);
            Failpoints.reach("moved:" + target.getFileName());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes temporary files a killed run left in a folder (write does so for its own target). */
    public static void removeLeftovers(Path folder) throws IOException {
        removeLeftovers(folder, ".*" + TEMP_MARK + "*");
    }

    private static void removeLeftovers(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** So the rename itself survives a power cut; not every file system allows it. */
    private static void forceDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort: the file itself is already on disk
        }
    }
}
