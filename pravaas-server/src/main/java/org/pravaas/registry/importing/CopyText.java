package org.pravaas.registry.importing;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Builds rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, arrays as literals. */
final class CopyText {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private boolean first = true;

    CopyText value(@Nullable Object v) {
        if (!first) out.append('\t');
        first = false;
        if (v == null) {
            out.append("\\N");
        } else {
            escape(v.toString());
        }
        return this;
    }

    CopyText textArray(Collection<String> values) {
        StringBuilder a = new StringBuilder("{");
        for (String v : values) {
            if (a.length() > 1) a.append(',');
            a.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return value(a.append('}').toString());
    }

    CopyText longArray(long[] values) {
        StringBuilder a = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) a.append(',');
            a.append(values[i]);
        }
        return value(a.append('}').toString());
    }

    CopyText end() {
        out.append('\n');
        first = true;
        return this;
    }

    int length() {
        return out.length();
    }

    String take() {
        String s = out.toString();
        out.setLength(0);
        return s;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
