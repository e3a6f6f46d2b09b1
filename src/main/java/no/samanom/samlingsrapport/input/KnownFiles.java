package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pass over a whole file found (its hash, its encoding), kept for this process while the
 * file stays as it was: a round's scan, the inspect step's second look and the checks at the end
 * of each read would otherwise read a large file five or six times. "As it was" is the file
 * system's stamp, change time included, which no program can set back (unlike the modification
 * time), so a file rewritten with the same size and modification time is read again. What a
 * file changed in the last seconds gave is not kept: the clock behind those times ticks in
 * milliseconds, and a second write within the same tick would not show.
 */
final class KnownFiles {

    private static final long SETTLED_MILLIS = 2000;
    private static final Map<Key, Known> KNOWN = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Known> eldest) {
            return size() > 4096;
        }
    });

    private record Key(Path file, String fact) {
    }

    private record Known(Map<String, Object> stamp, Object value) {
    }

    interface Pass<T> {
        T over() throws IOException;
    }

    private KnownFiles() {
    }

    /** The fact as a pass over the file gives it, from an earlier pass when the file has not changed since. */
    @SuppressWarnings("unchecked")
    static <T> T fact(Path file, String fact, Pass<T> pass) throws IOException {
        Key key = new Key(file.toAbsolutePath(), fact);
        Map<String, Object> before = stamp(key.file());
        Known known = before == null ? null : KNOWN.get(key);
        if (known != null && known.stamp().equals(before)) {
            return (T) known.value();
        }
        long started = System.currentTimeMillis();
        T value = pass.over();
        if (before != null && before.equals(stamp(key.file()))
                && before.get("ctime") instanceof FileTime changed && changed.toMillis() < started - SETTLED_MILLIS) {
            KNOWN.put(key, new Known(before, value));
        }
        return value;
    }

    /** Device, inode, size, modification and change time, never through a link; null where there is no change time. */
    private static Map<String, Object> stamp(Path file) {
        try {
            return Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}
