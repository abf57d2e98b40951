/**
 * Reading the CSV and XLSX files users upload, row by row and without holding the file in memory,
 * with errors that name the line, row or cell and carry a message key for the user's language.
 */
@NullMarked
package org.pravaas.shared.io;

import org.jspecify.annotations.NullMarked;
