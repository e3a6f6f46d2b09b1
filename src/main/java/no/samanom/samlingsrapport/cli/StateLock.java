package no.samanom.samlingsrapport.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import no.samanom.samlingsrapport.job.Jobs;

/**
 * One run at a time per state folder. The operating system releases the lock when its
 * process dies, even by kill -9, so holding it also proves that a lock HSQLDB left behind
 * belongs to a dead process and can be cleared instead of waited on.
 */
final class StateLock implements AutoCloseable {

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
        Files.deleteIfExists(Jobs.databaseLock(state));
        return Optional.of(new StateLock(channel, lock));
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
