@NullMarked
package org.pravaas.audit.web;

import org.jspecify.annotations.NullMarked;
