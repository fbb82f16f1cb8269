/**
 * The benchmark behind {@code ./mvnw -Pbench}: a fresh PostgreSQL database, the registry started on
 * it as the tests start it, every figure measured beside its floor in the same run, ratios printed.
 * No figure is asserted: a person reads them.
 */
package org.wic.registry.bench;
