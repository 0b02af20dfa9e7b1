package org.sepakat.supplier.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a user enters for an interface with a supplier (SUP-8): what passes, by which channel,
 * between whom, when and how fast, where it is described, who owns it and when it is next reviewed.
 * People are written by id: the supplier's contact and our member of staff.
 */
public record InterfaceData(
        @NotBlank(message = "{sepakat.exchange.required}") @Size(max = 200, message = "{sepakat.exchange.size}")
        String exchange,

        @Size(max = 200, message = "{sepakat.channel.size}") String channel,
        Long supplierContactId,
        Long ourContactId,
        @Size(max = 200, message = "{sepakat.hours.size}") String hours,

        @Size(max = 200, message = "{sepakat.expectedResponse.size}")
        String expectedResponse,

        @Size(max = 500, message = "{sepakat.document.size}")
        String document,

        @NotNull(message = "{sepakat.owner.required}") Long ownerId,
        @NotNull(message = "{sepakat.nextReview.required}") LocalDate nextReview,
        Long version) {}
