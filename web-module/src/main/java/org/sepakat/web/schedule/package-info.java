/** Pages for review schedules and the job history of the reviews they run (SLM-6, SLM-7). */
package org.sepakat.web.schedule;
