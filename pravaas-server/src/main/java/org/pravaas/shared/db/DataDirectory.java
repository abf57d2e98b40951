package org.pravaas.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The folder where the embedded PostgreSQL keeps its data. One Pravaas process at a time may
 * use it: a file lock held for the life of the process says so, and lets a new process tell a
 * live owner from a PostgreSQL left running by a process that was killed.
 */
final class DataDirectory implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DataDirectory.class.getName());

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectory claim(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel channel =
                    FileChannel.open(root.resolve("pravaas.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(root.toAbsolutePath());
            }
            DataDirectory directory = new DataDirectory(root, channel, lock);
            directory.stopLeftoverPostgres();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use data directory " + root.toAbsolutePath(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    Path postgresData() {
        return root.resolve("pg");
    }

    /**
     * We hold the lock, so no live Pravaas owns the database: a postmaster still running is one
     * orphaned by a hard kill, and would make the new start fail.
     */
    private void stopLeftoverPostgres() {
        leftoverPostmaster().ifPresent(process -> {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Stopping PostgreSQL (pid {0}) left running by an earlier Pravaas",
                    process.pid());
            process.destroy();
            try {
                process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private Optional<ProcessHandle> leftoverPostmaster() {
        Path pidFile = postgresData().resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            return ProcessHandle.of(Long.parseLong(first))
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
