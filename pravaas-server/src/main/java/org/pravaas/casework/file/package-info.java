/**
 * Case files: opening, reading under office scope and the restricted-programme rule, the one place
 * where stages change (definition, required fields, approvals, programme guards, health holds),
 * field values, stage history and the timeline.
 */
@NullMarked
package org.pravaas.casework.file;

import org.jspecify.annotations.NullMarked;
