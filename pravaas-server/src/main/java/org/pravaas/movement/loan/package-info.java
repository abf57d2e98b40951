/** Travel loans as ledgers: promissory notes, repayments, statements, ageing, approved write-offs and waivers. */
@NullMarked
@NamedInterface("loan")
package org.pravaas.movement.loan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
