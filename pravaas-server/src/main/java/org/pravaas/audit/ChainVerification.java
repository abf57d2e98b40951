package org.pravaas.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing the audit chain: how many entries were checked, the hash of the
 * last one (record it elsewhere to detect removal of the newest entries), and the first entry
 * that does not fit, if any.
 */
public record ChainVerification(
        long checked, String headHash, @Nullable Long firstBrokenSeq, @Nullable String problem) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
