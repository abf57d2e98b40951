/** Consent records: what a person agreed to share, for what purpose, with whom, until when; withdrawal. */
@NullMarked
package org.pravaas.casework.consent;

import org.jspecify.annotations.NullMarked;
