package org.pravaas.governance.organ;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A Director General or Deputy Director General and their term, first to last day. */
public record ExecutiveHead(UUID id, String post, String name, LocalDate from, @Nullable LocalDate to) {
    public String postKey() {
        return "governance.post." + post.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
