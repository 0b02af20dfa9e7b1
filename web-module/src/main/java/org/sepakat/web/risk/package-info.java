/** The risk register's pages (SUP-7): the list with its filters and exports, and one risk with its treatment and closure. */
package org.sepakat.web.risk;
