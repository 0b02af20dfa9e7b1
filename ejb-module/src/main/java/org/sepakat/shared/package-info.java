/**
 * The shared kernel: audit trail, the base of every record, business exceptions, paging
 * and the schema migrations every other component stands on. Other components may use its
 * {@code boundary}, its {@code persistence} package (paged criteria queries, IN lists in chunks,
 * bulk inserts and id blocks, unique-key checks: the persistence kernel every component's control
 * may call) and the published value types of its {@code entity} package that ArchitectureTest lists.
 */
package org.sepakat.shared;
