/**
 * The supplier register's facades: suppliers and their lifecycle and responsibilities (SUP-1),
 * their contacts and the interfaces with them, each with an owner and a review date (SUP-8).
 * Writes need a supplier manager or an administrator; a relationship manager reads only the
 * customers acting as suppliers that are in his customer scope.
 */
package org.sepakat.supplier.boundary;
