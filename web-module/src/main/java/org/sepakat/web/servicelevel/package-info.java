/**
 * The web UI of service level management: authoring, agreeing and revising service level
 * agreements as controlled documents (SLM-1..5, SLM-9), their PDF and preview, and the
 * service-hours calendars their targets are measured in.
 */
package org.sepakat.web.servicelevel;
