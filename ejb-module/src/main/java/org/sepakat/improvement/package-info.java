/**
 * The improvement register: one list of improvement opportunities from every source,
 * manual or raised by a process, each linked to what raised it, with an owner, a due date and
 * a status from open through in progress to done or rejected, and its full history.
 * Missed targets (SLM-8) and satisfaction results (BRM-9) land here through
 * {@link org.sepakat.improvement.boundary.Improvements#raise}.
 */
package org.sepakat.improvement;
