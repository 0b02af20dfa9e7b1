/**
 * The risk register's facade: raising and reconciling risks for the processes that find them,
 * reading them (a relationship manager only those of the customers in his scope), treating and
 * closing them (capability TREAT_RISKS). A new risk is written in a transaction of its own
 * ({@link org.sepakat.risk.boundary.RiskOpening}), so a lost race on its key leaves the caller's work intact.
 */
package org.sepakat.risk.boundary;
