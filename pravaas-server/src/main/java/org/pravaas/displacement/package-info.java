/**
 * Displacement tracking: where displaced people are, how many, moving where, and what they need.
 * Admin areas with P-codes and sites; operations with rounds of baseline and site assessments;
 * sudden-displacement events; flow monitoring points with daily counts and anonymous surveys.
 * {@link org.pravaas.displacement.DisplacementImports} loads enumerators' CSV files (validated
 * row by row, all or nothing, no duplicates on re-import); {@link
 * org.pravaas.displacement.FlowStatistics} answers flow totals by admin-1 area and month.
 * Published figures suppress small cells.
 */
@NullMarked
package org.pravaas.displacement;

import org.jspecify.annotations.NullMarked;
