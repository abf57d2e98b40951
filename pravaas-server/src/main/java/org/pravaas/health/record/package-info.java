/** A person's health record as one page shows it: status for everyone in scope, findings for those who may see them. */
@NullMarked
package org.pravaas.health.record;

import org.jspecify.annotations.NullMarked;
