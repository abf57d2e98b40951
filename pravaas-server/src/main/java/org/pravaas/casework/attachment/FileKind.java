package org.pravaas.casework.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a case accepts, each known by its first bytes (magic numbers) and its extensions.
 * A file is accepted only when its bytes are of a kind and its name ends with one of that kind's
 * extensions, so a renamed executable or script is refused whatever it is called.
 */
public enum FileKind {
    PDF("application/pdf", List.of("pdf"), bytes("%PDF-")),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("image/gif", List.of("gif"), bytes("GIF8"));

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    FileKind(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind the content is, by its first bytes. */
    static Optional<FileKind> sniff(byte[] content) {
        return Arrays.stream(values()).filter(k -> k.startsOf(content)).findFirst();
    }

    boolean named(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot >= 0 && extensions.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private boolean startsOf(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
