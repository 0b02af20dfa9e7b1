/** Service data pages (SLM-5..7): the lists of tickets, outages and KPI values, the CSV upload with its preview, KPI entry. */
package org.sepakat.web.servicedata;
