/**
 * Review schedules (SLM-6, SLM-7: performance and workload "reviewed and reported at planned
 * intervals"): the design's "timer service scheduling periodic reviews". A user sets when a
 * review runs; one persistent calendar timer per enabled schedule starts the review's batch job
 * by its job name, for the month before the run; the job history shows that it ran and what it
 * found. This component knows the job only by name and parameters, never the review's classes.
 */
package org.sepakat.schedule;
