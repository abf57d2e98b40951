package org.pravaas.registry.person;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A registry search: {@code q} is a name in any script, a reference number or a document number
 * (told apart by their shape); the birth date narrows it ({@code yyyy}, {@code yyyy-mm} or a day).
 */
public record PersonQuery(@Nullable String q, @Nullable String birth, @Nullable Sex sex) {
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,3}(-[A-Z0-9]{2,4})*-\\d{2}-\\d{6}");
    private static final Pattern DOCUMENT = Pattern.compile("(?=.*\\d)[A-Z0-9<-]{5,30}");

    public static PersonQuery empty() {
        return new PersonQuery(null, null, null);
    }

    public enum Kind {
        NONE,
        NAME,
        REFERENCE,
        DOCUMENT
    }

    public Kind kind() {
        if (q == null || q.isBlank()) return Kind.NONE;
        String s = q.strip().toUpperCase(Locale.ROOT);
        if (REFERENCE.matcher(s).matches()) return Kind.REFERENCE;
        if (DOCUMENT.matcher(s.replace(" ", "")).matches()) return Kind.DOCUMENT;
        return Kind.NAME;
    }

    public boolean isEmpty() {
        return kind() == Kind.NONE && (birth == null || birth.isBlank()) && sex == null;
    }
}
