/** The bell in the top bar and the list of the signed-in user's notifications. */
package org.sepakat.web.notification;
