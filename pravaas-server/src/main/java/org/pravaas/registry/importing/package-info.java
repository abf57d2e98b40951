/**
 * Bulk import of people from CSV and XLSX files: column mapping, row-by-row validation with a
 * report, a dry run, then a load through PostgreSQL COPY into staging tables and one INSERT.
 */
@NullMarked
@NamedInterface("importing")
package org.pravaas.registry.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
