/**
 * The append-only, hash-chained audit log of every read and write of personal data and of
 * every change to the organisation's set-up. Other modules record through {@link
 * org.pravaas.audit.AuditLog}.
 */
@NullMarked
package org.pravaas.audit;

import org.jspecify.annotations.NullMarked;
