/** Is this person already known? Candidate search in the database, scoring by pravaas-match, review, merge. */
@NullMarked
@NamedInterface("matching")
package org.pravaas.registry.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
