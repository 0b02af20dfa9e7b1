/**
 * The global search of the header: customers, SLAs, period reports and improvement opportunities by
 * code, reference or name, each kind asked through its own boundary's list, so a user finds only
 * what his role and customer scope let him read.
 */
package org.sepakat.web.search;
