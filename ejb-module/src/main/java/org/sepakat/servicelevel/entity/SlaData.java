package org.sepakat.servicelevel.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.shared.entity.TargetData;

/**
 * The whole agreement as the author saves it, header and content together, so a draft can be
 * saved at any point. {@code version} is the record version read (null when creating).
 */
public record SlaData(
        @NotBlank(message = "{sepakat.reference.required}")
        @Size(max = 40, message = "{sepakat.reference.size}")
        @Pattern(regexp = "^([A-Za-z0-9][A-Za-z0-9_./-]*)?$", message = "{sepakat.reference.pattern}")
        String reference,

        @NotBlank(message = "{sepakat.title.required}") @Size(max = 200, message = "{sepakat.title.size}")
        String title,

        @NotNull(message = "{sepakat.customer.required}") Long customerId,
        List<@NotNull Long> serviceIds,

        @Size(max = 4000, message = "{sepakat.requirements.size}")
        String requirements,

        LocalDate validFrom,
        LocalDate validTo,
        @NotNull(message = "{sepakat.cadence.required}") ReviewCadence reviewCadence,
        @NotBlank(message = "{sepakat.timeZone.required}") String timeZone,
        List<@Valid @NotNull TargetData> targets,
        List<@Valid @NotNull LimitData> limits,
        @Valid ExceptionsData exceptions,
        Long version) {

    public SlaData {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        targets = targets == null ? List.of() : List.copyOf(targets);
        limits = limits == null ? List.of() : List.copyOf(limits);
        exceptions = exceptions == null ? ExceptionsData.NONE_STATED : exceptions;
    }
}
