package org.sepakat.servicedata.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A ticket as another system delivers it: the service and customer by their codes, moments as
 * ISO-8601 text with offset (checked by the boundary, so a bad one is named like any other field).
 */
public record TicketData(
        @NotBlank(message = "{sepakat.serviceData.externalId.required}")
        @Size(max = 100, message = "{sepakat.serviceData.externalId.size}")
        String externalId,

        @NotBlank(message = "{sepakat.serviceData.service.required}")
        String service,

        @NotBlank(message = "{sepakat.serviceData.customer.required}")
        String customer,

        @NotBlank(message = "{sepakat.serviceData.kind.required}")
        @Size(max = 60, message = "{sepakat.serviceData.kind.size}")
        String kind,

        @NotBlank(message = "{sepakat.serviceData.priority.required}")
        @Size(max = 20, message = "{sepakat.serviceData.priority.size}")
        String priority,

        @Size(max = 100, message = "{sepakat.serviceData.category.size}")
        String category,

        @NotBlank(message = "{sepakat.serviceData.opened.required}")
        String opened,

        String firstResponse,
        String resolved,

        @Size(max = 100, message = "{sepakat.serviceData.pauses.size}")
        List<@Valid PauseData> pauses)
        implements Serializable {

    public TicketData {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }
}
