package org.pravaas.match;

/** How a field is prepared, blocked and compared. */
public enum FieldType {
    /** A person's name or name part, in any script; compared through Latin readings. */
    NAME,
    /** A calendar date; {@code yyyymmdd}, ISO or {@code dd/mm/yyyy}; day/month swaps are tolerated. */
    DATE,
    /** A document or reference number: exact, or one typo away. */
    IDENTIFIER,
    /** Free text such as an address part: Jaro-Winkler. */
    TEXT,
    /** A small closed set such as sex or nationality: equal or not. */
    CATEGORY
}
