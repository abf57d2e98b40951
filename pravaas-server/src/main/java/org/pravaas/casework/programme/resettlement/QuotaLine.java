package org.pravaas.casework.programme.resettlement;

/**
 * A country's quota for a year and what used it: persons submitted (neither refused by the country
 * nor withdrawn), accepted and arrived. Remaining is the quota less those submitted, so a pending
 * submission holds its places until the country decides.
 */
public record QuotaLine(String country, int year, int quota, int submitted, int accepted, int arrived, long version) {

    public int remaining() {
        return quota - submitted;
    }
}
