/** PDF documents in every language Pravaas speaks: forms, receipts, manifests, statements. */
@NullMarked
package org.pravaas.shared.pdf;

import org.jspecify.annotations.NullMarked;
