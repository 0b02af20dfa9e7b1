/**
 * Service level reviews (SLM-6..8): every active SLA is measured per period against the service
 * data, in the database, by a batch job a persistent timer starts per review schedule. The result
 * is an immutable period report per SLA and period; a missed target or an exceeded limit raises an
 * improvement opportunity and notifies the service level manager.
 */
package org.sepakat.review;
