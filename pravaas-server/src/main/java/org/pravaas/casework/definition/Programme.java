package org.pravaas.casework.definition;

/** A programme: its code, the prefix of its case references, whether its cases are restricted, its newest version. */
public record Programme(String code, String prefix, boolean restricted, int currentVersion) {}
