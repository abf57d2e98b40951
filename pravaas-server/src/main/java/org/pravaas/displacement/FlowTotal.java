package org.pravaas.displacement;

import java.time.LocalDate;

/** People counted passing the flow points of one admin-1 area in one month, by direction. */
public record FlowTotal(String admin1Pcode, String admin1Name, LocalDate month, long arrivals, long departures) {}
