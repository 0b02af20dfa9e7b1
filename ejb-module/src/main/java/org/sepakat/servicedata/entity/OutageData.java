package org.sepakat.servicedata.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An outage as another system delivers it; no {@code ends} while it goes on; not planned unless said. */
public record OutageData(
        @NotBlank(message = "{sepakat.serviceData.externalId.required}")
        @Size(max = 100, message = "{sepakat.serviceData.externalId.size}")
        String externalId,

        @NotBlank(message = "{sepakat.serviceData.service.required}")
        String service,

        @NotBlank(message = "{sepakat.serviceData.starts.required}")
        String starts,

        String ends,
        Boolean planned,

        @Size(max = 1000, message = "{sepakat.serviceData.description.size}")
        String description)
        implements Serializable {}
