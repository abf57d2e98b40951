/** Casework over the REST API: /api/v1/cases and /api/v1/referrals, errors as problem details. */
@NullMarked
package org.pravaas.casework.api;

import org.jspecify.annotations.NullMarked;
