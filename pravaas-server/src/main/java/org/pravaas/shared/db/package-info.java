@NullMarked
package org.pravaas.shared.db;

import org.jspecify.annotations.NullMarked;
