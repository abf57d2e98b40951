/** A person's record: names in several scripts, birth, documents, households, and its history. */
@NullMarked
@NamedInterface("person")
package org.pravaas.registry.person;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
