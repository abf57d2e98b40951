/** The registry's pages and API. */
@NullMarked
package org.pravaas.registry.web;

import org.jspecify.annotations.NullMarked;
