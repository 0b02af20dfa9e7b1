package org.sepakat.risk.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a process found, as the risk register takes it in (SUP-7): the key of the finding (the same
 * misalignment always has the same key), a title and the latest finding with its numbers, the owner
 * (a staff user name), the customer whose SLA it concerns (the scope of relationship managers), and
 * the SLA target and supplier-agreement target it links, by id, reference and target name.
 */
public record RiskFinding(
        @NotBlank(message = "{sepakat.risk.sourceKey.required}")
        @Size(max = Risk.KEY_MAX, message = "{sepakat.risk.sourceKey.size}")
        String sourceKey,

        @NotBlank(message = "{sepakat.title.required}") @Size(max = Risk.TITLE_MAX, message = "{sepakat.title.size}")
        String title,

        @NotBlank(message = "{sepakat.risk.finding.required}")
        @Size(max = Risk.TEXT_MAX, message = "{sepakat.risk.finding.size}")
        String finding,

        @NotBlank(message = "{sepakat.owner.required}") String owner,
        Long customerId,
        Long slaId,

        @Size(max = Risk.REFERENCE_MAX, message = "{sepakat.risk.reference.size}")
        String slaReference,

        @Size(max = Risk.TITLE_MAX, message = "{sepakat.risk.target.size}")
        String slaTarget,

        Long agreementId,

        @Size(max = Risk.REFERENCE_MAX, message = "{sepakat.risk.reference.size}")
        String agreementReference,

        @Size(max = Risk.TITLE_MAX, message = "{sepakat.risk.target.size}")
        String agreementTarget) {}
