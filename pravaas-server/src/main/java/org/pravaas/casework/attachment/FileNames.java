package org.pravaas.casework.attachment;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * File names as stored and sent back: no folders, no control or quoting characters that could
 * break a header, no bidirectional controls that could show {@code cod.exe} as {@code exe.doc}, no
 * leading dots, at most 120 characters; letters of every script (and the joiners some need) are
 * kept.
 */
final class FileNames {
    static final int MAX = 120;

    private FileNames() {}

    static String sanitise(@Nullable String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"'<>:*?|;%]", "_");
        name = name.replaceAll("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]", "")
                .strip();
        name = name.replaceAll("^\\.+", "");
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
            name = name.substring(0, MAX - ext.length()) + ext;
        }
        return name.isEmpty() ? "attachment" : name;
    }
}
