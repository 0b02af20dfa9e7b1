/**
 * The shared kernel: audit trail, the base of every record, business exceptions, paging
 * and the schema migrations every other component stands on. Other components may use its
 * {@code entity} and {@code boundary} packages.
 */
package org.sepakat.shared;
