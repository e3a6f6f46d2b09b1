package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of files and of a gathering's set of files. */
public final class Hashing {

    private Hashing() {
    }

    /** The file's SHA-256; a file that is not a regular file of the input is refused, never read. */
    public static String sha256(Path file) throws IOException {
        return KnownFiles.fact(file, "sha256", () -> {
            MessageDigest digest = newDigest();
            try (InputStream in = InputFiles.open(file)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    /** Names and contents both count: renaming a file makes a new version too. */
    public static String fingerprint(List<SourceFile> files) {
        MessageDigest digest = newDigest();
        files.stream().sorted(Comparator.comparing(SourceFile::name)).forEach(file -> {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
