package org.pravaas.match;

/**
 * What one field contributed to a score: the agreement level observed (e.g. "exact",
 * "similar", "missing") and the weight in bits it added (positive) or removed (negative).
 */
public record FieldWeight(String field, String level, double weight) {}
