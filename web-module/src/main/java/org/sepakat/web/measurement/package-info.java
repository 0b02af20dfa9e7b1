/**
 * Period reports on screen and on paper (SLM-6, SLM-7): the list, one report with its review
 * outcome, the customer and SLA dashboards with their charts, and the PDF, CSV and Excel exports.
 */
package org.sepakat.web.measurement;
