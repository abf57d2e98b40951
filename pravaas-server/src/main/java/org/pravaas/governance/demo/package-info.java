@NullMarked
package org.pravaas.governance.demo;

import org.jspecify.annotations.NullMarked;
