/**
 * The read caches of the catalogue: regions in memory (Caffeine) or in Redis, their
 * settings and metrics, and a cache that is bypassed when its store fails.
 */
@NullMarked
package nexus.catalog.cache;

import org.jspecify.annotations.NullMarked;
