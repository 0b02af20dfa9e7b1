/**
 * The supplier register's queries and policies, called by its boundary only: which suppliers a
 * caller may read (SUP-1) and which interfaces are due for review (SUP-8).
 */
package org.sepakat.supplier.control;
