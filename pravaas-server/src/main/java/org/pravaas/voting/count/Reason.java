package org.pravaas.voting.count;

import java.util.Arrays;
import java.util.List;

/**
 * Why a form is in quality control or quarantine: a message key and its arguments, stored as
 * one text ({@code key|arg|arg}) so the reason is read in each reader's language.
 */
public record Reason(String messageKey, List<String> args) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    static Reason parse(String stored) {
        String[] parts = stored.split("\\|", -1);
        return new Reason(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }

    String stored() {
        return args.isEmpty() ? messageKey : messageKey + "|" + String.join("|", args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
