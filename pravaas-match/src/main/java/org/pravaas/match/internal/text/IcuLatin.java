package org.pravaas.match.internal.text;

import com.ibm.icu.text.Transliterator;

/** ICU "Any-Latin; Latin-ASCII", reduced to lowercase ASCII letters: the fallback for every script. */
final class IcuLatin {
    // ICU transliterators keep internal state while running: one per thread.
    private static final ThreadLocal<Transliterator> ANY_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private IcuLatin() {}

    static String of(String text) {
        return lettersOnly(ANY_LATIN.get().transliterate(text));
    }

    static String lettersOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') out.append(c);
            else if (c >= 'A' && c <= 'Z') out.append((char) (c + 32));
        }
        return out.toString();
    }
}
