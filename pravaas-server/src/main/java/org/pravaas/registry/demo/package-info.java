/** The demo registry: people of several missions in five scripts, households, documents with MRZs, planted duplicates. */
@NullMarked
package org.pravaas.registry.demo;

import org.jspecify.annotations.NullMarked;
