@NullMarked
package org.pravaas.governance.session;

import org.jspecify.annotations.NullMarked;
