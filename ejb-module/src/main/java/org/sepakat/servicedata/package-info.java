/**
 * Service data in (SLM-5): the tickets, outages and KPI values the service level reviews measure.
 * Records arrive from other systems through the REST API (single or bulk, idempotent on the
 * external id), from a CSV upload checked row by row before anything is stored, or are entered
 * by hand (KPI values). Times are stored as epoch seconds so the review's aggregate queries can
 * compute with them in the database.
 */
package org.sepakat.servicedata;
