package org.pravaas.shared.api;

import org.jspecify.annotations.Nullable;
import org.pravaas.shared.StaleUpdateException;

/**
 * A record's version as an HTTP entity tag. Updates must send it back in {@code If-Match}, so
 * a client never overwrites a change it has not seen.
 */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by {@code If-Match}; fails when it is missing or not one of ours. */
    public static long required(@Nullable String ifMatch, String objectType, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new StaleUpdateException(objectType, id, -1);
        }
    }

    /** An update without {@code If-Match}. */
    public static class PreconditionRequiredException extends RuntimeException {
        PreconditionRequiredException() {
            super("If-Match header required");
        }
    }
}
