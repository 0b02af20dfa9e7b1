/**
 * The supplier register: external suppliers, internal suppliers (a team of the provider) and
 * customers acting as suppliers, the people responsible for each relationship, contract and its
 * performance (SUP-1), the supplier's contacts and the interfaces with it (SUP-8).
 */
package org.sepakat.supplier;
