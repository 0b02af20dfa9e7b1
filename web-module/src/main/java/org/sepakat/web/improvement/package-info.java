/** The improvement register's pages: the filtered list, the form and one opportunity with its history. */
package org.sepakat.web.improvement;
