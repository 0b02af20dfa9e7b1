package org.sepakat.api.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Versions;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.ClosureData;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskLevel;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.RiskTreatment;
import org.sepakat.risk.entity.TreatmentData;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("risks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "SUP-7: the risk register, fed by the alignment check")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class RiskResource {

    @Inject
    Risks risks;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List risks",
            description = "Filters: status, owner, treatment, likelihood, impact, text (number or title contains), "
                    + "aligned=true|false (a later check found it aligned, or not), closed=true|false. Sort: number, "
                    + "title, status, owner, treatment, likelihood, impact, reviewOn, slaReference, alignedSince, "
                    + "changedAt; default changedAt, newest first. A relationship manager sees the risks of the "
                    + "customers in his scope.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(
                        name = "status",
                        description = "The status, exactly",
                        example = "OPEN",
                        values = RiskStatus.class),
                @ListQuery.Filter(name = "owner", description = "The owner's user name, exactly", example = "slaman"),
                @ListQuery.Filter(
                        name = "treatment",
                        description = "The treatment, exactly",
                        example = "MITIGATE",
                        values = RiskTreatment.class),
                @ListQuery.Filter(
                        name = "likelihood",
                        description = "The likelihood, exactly",
                        example = "HIGH",
                        values = RiskLevel.class),
                @ListQuery.Filter(
                        name = "impact",
                        description = "The impact, exactly",
                        example = "HIGH",
                        values = RiskLevel.class),
                @ListQuery.Filter(
                        name = "text",
                        description = "The number or the title contains this",
                        example = "Response"),
                @ListQuery.Filter(
                        name = "aligned",
                        description = "true: a later check found it aligned; false: the finding stands",
                        example = "false",
                        type = "boolean"),
                @ListQuery.Filter(
                        name = "closed",
                        description = "true: closed ones only; false: not closed ones only",
                        example = "false",
                        type = "boolean")
            },
            sort = {
                "number",
                "title",
                "status",
                "owner",
                "treatment",
                "likelihood",
                "impact",
                "reviewOn",
                "slaReference",
                "alignedSince",
                "changedAt"
            },
            defaultSort = "-changedAt")
    public Paging.PageDto<RiskDto> list() {
        PageRequest request = Paging.request(uri);
        return Paging.dto(risks.list(request), request, RiskDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One risk")
    @APIResponse(
            responseCode = "200",
            description = "The risk as it is now",
            content = @Content(schema = @Schema(implementation = RiskDto.class)))
    public Response get(@PathParam("id") Long id) {
        return ok(risks.find(id));
    }

    @PUT
    @Path("{id}/treatment")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Assess and treat a risk (TREATED)",
            description =
                    "Body: likelihood, impact, treatment, and the version read. ACCEPT needs an acceptanceReason; "
                            + "MITIGATE, TRANSFER and AVOID need a plan and a reviewOn date that is not in the past. A closed "
                            + "risk cannot change (422).")
    @APIResponse(
            responseCode = "200",
            description = "The risk as it is now",
            content = @Content(schema = @Schema(implementation = RiskDto.class)))
    public Response treat(
            @PathParam("id") Long id,
            @RequestBody(required = true) TreatmentData data,
            @BeanParam ExpectedVersion expected) {
        return ok(risks.treat(
                id,
                data == null
                        ? null
                        : new TreatmentData(
                                data.likelihood(),
                                data.impact(),
                                data.treatment(),
                                data.plan(),
                                data.reviewOn(),
                                data.acceptanceReason(),
                                expected.of(data.version()))));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
    @Operation(
            summary = "Close a risk (CLOSED)",
            description =
                    "Body: the evidence and the version read. A treated risk closes, and so does an untreated one "
                            + "that a later check found aligned; a closed risk is final.")
    @APIResponse(
            responseCode = "200",
            description = "The risk as it is now",
            content = @Content(schema = @Schema(implementation = RiskDto.class)))
    public Response close(
            @PathParam("id") Long id,
            @RequestBody(required = true) ClosureData data,
            @BeanParam ExpectedVersion expected) {
        return ok(risks.close(id, data == null ? null : new ClosureData(data.evidence(), expected.of(data.version()))));
    }

    private static Response ok(Risk risk) {
        return Versions.ok(risk, RiskDto.of(risk));
    }
}
