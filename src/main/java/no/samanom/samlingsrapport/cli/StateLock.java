package no.samanom.samlingsrapport.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per state folder. The operating system releases the lock when its
 * process dies, even by kill -9, so holding it also proves that a lock HSQLDB left behind
 * belongs to a dead process and can be cleared instead of waited on.
 */
final class StateLock implements AutoCloseable {

    static final String DATABASE = "jobs/db";

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Optional<StateLock> tryAcquire(Path state) throws IOException {
        Files.createDirectories(state);
        FileChannel channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (a test running two commands at once)
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        Files.deleteIfExists(state.resolve(DATABASE + ".lck"));
        return Optional.of(new StateLock(channel, lock));
    }

    /**
     * shutdown=true closes the database with its last connection; write_delay=false syncs
     * every commit to disk, since HSQLDB's default half-second delay lets kill -9 take back
     * commits the job already relied on (found by the crash test).
     */
    static String databaseUrl(Path state) {
        return "jdbc:hsqldb:file:" + state.resolve(DATABASE).toAbsolutePath() + ";shutdown=true;hsqldb.write_delay=false";
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
