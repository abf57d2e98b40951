package org.pravaas.shared.db;

import java.nio.file.Path;

/** Another running Pravaas holds the data directory. */
public class DataDirectoryInUseException extends RuntimeException {
    private final Path directory;

    public DataDirectoryInUseException(Path directory) {
        super("The data directory " + directory + " is in use by another running Pravaas");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
