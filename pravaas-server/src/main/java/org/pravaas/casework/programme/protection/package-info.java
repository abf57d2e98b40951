/**
 * Protection and counter-trafficking: identification in the fields of the Human Trafficking Case
 * Data Standard, risk assessments and referrals to services. Every read and write goes through
 * {@link org.pravaas.casework.Cases}, which keeps protection cases restricted.
 */
@NullMarked
package org.pravaas.casework.programme.protection;

import org.jspecify.annotations.NullMarked;
