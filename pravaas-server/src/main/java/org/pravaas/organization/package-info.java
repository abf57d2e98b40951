/**
 * Offices, partners, users, roles and reference data, and the access rules every other module
 * relies on: {@link org.pravaas.organization.Access} tells who is acting and which offices'
 * records they may see.
 */
@NullMarked
package org.pravaas.organization;

import org.jspecify.annotations.NullMarked;
