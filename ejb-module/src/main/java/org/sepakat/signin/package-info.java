/**
 * Sign-in throttling: failed sign-ins are counted per user name and per client address in the
 * database (so every server sharing it sees the same counts), and a subject with too many
 * failures in a row is refused for a growing time, then locked for a while (issue #9, finding 6).
 * The form sign-in and the REST API's Basic filter ask
 * {@link org.sepakat.signin.boundary.SignInGuard} before they check a password; administrators
 * read the counts and lift a lock through the same boundary.
 */
package org.sepakat.signin;
