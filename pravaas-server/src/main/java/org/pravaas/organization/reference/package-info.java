/** Countries and languages, which every module that records a person or a place checks codes against. */
@NullMarked
@NamedInterface("reference")
package org.pravaas.organization.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
