package org.sepakat.party.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ServiceRoleData(
        @NotNull(message = "{sepakat.service.required}") Long serviceId,
        @NotNull(message = "{sepakat.roleKind.required}") ContactRoleKind kind,

        @Size(max = 500, message = "{sepakat.interest.size}")
        String interest) {}
