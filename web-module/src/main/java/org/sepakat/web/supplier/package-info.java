/**
 * The supplier register's pages: the list, a supplier with its responsible staff (SUP-1), contacts
 * and interfaces with their review dates (SUP-8) and its history, and the form; each shows
 * only the controls the user's role allows, in English and Bahasa Indonesia.
 */
package org.sepakat.web.supplier;
