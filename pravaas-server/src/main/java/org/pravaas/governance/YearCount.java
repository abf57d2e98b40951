package org.pravaas.governance;

/** How many member and observer states there were on 1 January of a year. */
public record YearCount(int year, int members, int observers) {}
