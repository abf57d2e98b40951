package org.pravaas.shared.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files in Microsoft's old compound format: an Excel 97–2003 workbook, or an XLSX workbook
 * encrypted with a password (Excel wraps those in the old container, with a stream named
 * "EncryptedPackage"). Neither can be read; the user is told which fix applies.
 */
final class OleFiles {
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    private OleFiles() {}

    static TabularFileException refusal(Path file) {
        return contains(file, ENCRYPTED_PACKAGE)
                ? new TabularFileException("file.encrypted", 0)
                : new TabularFileException("file.xls", 0);
    }

    /** A streaming search: directory entries may sit anywhere in the file. */
    private static boolean contains(Path file, byte[] pattern) {
        byte[] buffer = new byte[1 << 16];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer, kept, buffer.length - kept)) > 0) {
                int end = kept + n;
                if (occurs(buffer, end, pattern)) {
                    return true;
                }
                kept = Math.min(pattern.length - 1, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean occurs(byte[] buffer, int end, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= end; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
