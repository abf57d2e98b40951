@NullMarked
package org.pravaas.governance.web;

import org.jspecify.annotations.NullMarked;
