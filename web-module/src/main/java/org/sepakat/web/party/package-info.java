/**
 * The party register's pages: customers with their contacts, services and relationship managers
 * (BRM-1, BRM-2, BRM-3, BRM-4), the services catalogue and the staff directory, each with its
 * history, shown only with the controls the user's role allows, in English and
 * Bahasa Indonesia.
 */
package org.sepakat.web.party;
