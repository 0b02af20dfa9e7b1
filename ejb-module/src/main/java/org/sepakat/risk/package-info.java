/**
 * The risk register (SUP-7, issue 13 §3): every misalignment the alignment check finds between a
 * customer SLA target and the supplier targets that underpin it becomes one managed risk, with an
 * owner, likelihood and impact, a treatment (mitigate, accept, transfer, avoid) with its plan, reason
 * and review date, and a status from open through treated to closed, with its full history.
 * The check feeds it through {@link org.sepakat.risk.boundary.Risks#raise} and
 * {@link org.sepakat.risk.boundary.Risks#reconcile}; the same misalignment never opens a second risk.
 */
package org.sepakat.risk;
