/**
 * Assisted voluntary return and reintegration: the reintegration plan, assistance lines in exact
 * minor units of their ISO 4217 currency, and monitoring visits scored for sustainability on an
 * indicator set that programme leads edit (visits keep the weights they were scored with).
 */
@NullMarked
package org.pravaas.casework.programme.avrr;

import org.jspecify.annotations.NullMarked;
