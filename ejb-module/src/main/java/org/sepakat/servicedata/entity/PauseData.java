package org.sepakat.servicedata.entity;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/** A pause of a ticket's clock as received: ISO-8601 moments with offset, e.g. 2026-10-05T09:00:00+07:00. */
public record PauseData(
        @NotBlank(message = "{sepakat.serviceData.starts.required}")
        String starts,

        @NotBlank(message = "{sepakat.serviceData.ends.required}")
        String ends)
        implements Serializable {}
