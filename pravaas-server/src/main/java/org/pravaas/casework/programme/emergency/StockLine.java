package org.pravaas.casework.programme.emergency;

import java.util.UUID;

/** A line of the stock report: one item at one site, issued against distributed. */
public record StockLine(UUID siteId, String siteName, String itemCode, String unit, long issued, long distributed) {
    public long remaining() {
        return issued - distributed;
    }
}
