/** The manifest (PDF and CSV), the promissory note and the loan statement, in the reader’s language. */
@NullMarked
@NamedInterface("documents")
package org.pravaas.movement.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
