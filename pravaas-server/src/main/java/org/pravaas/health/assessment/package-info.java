/** Health assessments: the clinical findings, laboratory results, the worklist and their rules. */
@NullMarked
package org.pravaas.health.assessment;

import org.jspecify.annotations.NullMarked;
