package org.sepakat.api.servicedata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.servicedata.ServiceDataDtos.BatchDto;
import org.sepakat.api.servicedata.ServiceDataDtos.DeliveredDto;
import org.sepakat.api.servicedata.ServiceDataDtos.KpiValueDto;
import org.sepakat.api.servicedata.ServiceDataDtos.KpiValueStateDto;
import org.sepakat.api.servicedata.ServiceDataDtos.KpiValueVersionDto;
import org.sepakat.api.servicedata.ServiceDataDtos.OutageDto;
import org.sepakat.api.servicedata.ServiceDataDtos.OutageStateDto;
import org.sepakat.api.servicedata.ServiceDataDtos.OutageVersionDto;
import org.sepakat.api.servicedata.ServiceDataDtos.TicketDto;
import org.sepakat.api.servicedata.ServiceDataDtos.TicketStateDto;
import org.sepakat.api.servicedata.ServiceDataDtos.TicketVersionDto;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.servicedata.boundary.ServiceRecords;
import org.sepakat.servicedata.entity.KpiValue;
import org.sepakat.servicedata.entity.KpiValueVersion;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageVersion;
import org.sepakat.servicedata.entity.Received;
import org.sepakat.servicedata.entity.ReceivedCounts;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketVersion;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;

@Path("service-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service data", description = "SLM-5..7: tickets, outages and KPI values the service level reviews measure")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR, Roles.RELATIONSHIP_MANAGER})
public class ServiceRecordResource {

    private static final String WRITE_RULES = "Idempotent on externalId: posting the same id again updates the record. "
            + "Moments are ISO-8601 with offset (2026-10-05T09:00:00+07:00). Services, customers and SLAs are named by "
            + "code / reference. Bad input gives 400 problem+json with one violation per field.";

    @Inject
    ServiceRecords records;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Deliver tickets, outages and KPI values in bulk",
            description =
                    "Body {\"tickets\":[...],\"outages\":[...],\"kpiValues\":[...]}. Every row is checked first; if "
                            + "any is bad nothing is stored and the 400 problem names each one (field tickets[3].resolved). "
                            + "Answers the counts created and updated per kind. Outages of one service must not overlap. "
                            + WRITE_RULES)
    public ReceivedCounts receive(@RequestBody(required = true) BatchDto batch) {
        return records.receive(batch == null ? null : batch.data());
    }

    @POST
    @Path("tickets")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(summary = "Deliver one ticket (201 created, 200 updated)", description = WRITE_RULES)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TicketDto.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = TicketDto.class)))
    public Response receiveTicket(@RequestBody(required = true) TicketDto ticket) {
        Received<Ticket> received = records.receive(ticket == null ? null : ticket.data());
        return answer(received, ticketDtos(List.of(received.record())).get(0), "tickets");
    }

    @POST
    @Path("outages")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Deliver one outage (201 created, 200 updated)",
            description = "No ends while it goes on; planned outages are excluded from availability. " + WRITE_RULES)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OutageDto.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = OutageDto.class)))
    public Response receiveOutage(@RequestBody(required = true) OutageDto outage) {
        Received<Outage> received = records.receive(outage == null ? null : outage.data());
        return answer(received, outageDtos(List.of(received.record())).get(0), "outages");
    }

    @POST
    @Path("kpi-values")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Deliver one KPI value (201 created, 200 updated)",
            description =
                    "For an SLA (reference), one of its custom KPI targets or named-user / custom workload limits "
                            + "(measure) and a month (period 2026-10). The same SLA, measure and period again updates the value; "
                            + "externalId is optional. " + WRITE_RULES)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = KpiValueDto.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = KpiValueDto.class)))
    public Response receiveKpiValue(@RequestBody(required = true) KpiValueDto value) {
        Received<KpiValue> received = records.receive(value == null ? null : value.data());
        return answer(received, kpiDtos(List.of(received.record())).get(0), "kpi-values");
    }

    @GET
    @Path("tickets")
    @Operation(
            summary = "List tickets",
            description = "Filters: customer, service (codes), period (2026-10, opened in that "
                    + "UTC month), externalId (contains), kind, priority. Sort: externalId, kind, priority, category, opened, "
                    + "firstResponse, resolved, receivedAt; default -opened.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "customer", description = "The customer's code, exactly", example = "FIN"),
                @ListQuery.Filter(name = "service", description = "The service's code, exactly", example = "ERP"),
                @ListQuery.Filter(
                        name = "period",
                        description = "Opened in this UTC month, YYYY-MM",
                        example = "2026-10",
                        pattern = Paging.MONTH),
                @ListQuery.Filter(
                        name = "externalId",
                        description = "The ticket's id in the service desk contains this",
                        example = "INC-10"),
                @ListQuery.Filter(name = "kind", description = "The ticket's kind, exactly", example = "INCIDENT"),
                @ListQuery.Filter(name = "priority", description = "The ticket's priority, exactly", example = "P1")
            },
            sort = {"externalId", "kind", "priority", "category", "opened", "firstResponse", "resolved", "receivedAt"},
            defaultSort = "-opened")
    public Paging.PageDto<TicketDto> tickets() {
        PageRequest request = Paging.request(uri);
        Page<Ticket> page = records.tickets(request);
        return new Paging.PageDto<>(
                ticketDtos(page.items()), page.total(), request.first() / request.size(), request.size());
    }

    @GET
    @Path("outages")
    @Operation(
            summary = "List outages",
            description =
                    "Filters: service (code), period (2026-10, starting in that UTC "
                            + "month), externalId (contains). Sort: externalId, starts, ends, planned, receivedAt; default -starts.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "service", description = "The service's code, exactly", example = "ERP"),
                @ListQuery.Filter(
                        name = "period",
                        description = "Starting in this UTC month, YYYY-MM",
                        example = "2026-10",
                        pattern = Paging.MONTH),
                @ListQuery.Filter(
                        name = "externalId",
                        description = "The outage's id in the monitoring system contains this",
                        example = "OUT-7")
            },
            sort = {"externalId", "starts", "ends", "planned", "receivedAt"},
            defaultSort = "-starts")
    public Paging.PageDto<OutageDto> outages() {
        PageRequest request = Paging.request(uri);
        Page<Outage> page = records.outages(request);
        return new Paging.PageDto<>(
                outageDtos(page.items()), page.total(), request.first() / request.size(), request.size());
    }

    @GET
    @Path("kpi-values")
    @Operation(
            summary = "List KPI values",
            description =
                    "Filters: sla (reference), measure (contains), period (2026-10), "
                            + "externalId (contains). Sort: externalId, measureName, periodStart, value, receivedAt; default -periodStart.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(name = "sla", description = "The SLA's reference, exactly", example = "SLA-FIN-2026"),
                @ListQuery.Filter(
                        name = "measure",
                        description = "The measure's name contains this",
                        example = "Satisfaction"),
                @ListQuery.Filter(
                        name = "period",
                        description = "The month the value is for, YYYY-MM",
                        example = "2026-10",
                        pattern = Paging.MONTH),
                @ListQuery.Filter(
                        name = "externalId",
                        description = "The value's id in the delivering system contains this",
                        example = "KPI-3")
            },
            sort = {"externalId", "measureName", "periodStart", "value", "receivedAt"},
            defaultSort = "-periodStart")
    public Paging.PageDto<KpiValueDto> kpiValues() {
        PageRequest request = Paging.request(uri);
        Page<KpiValue> page = records.kpiValues(request);
        return new Paging.PageDto<>(
                kpiDtos(page.items()), page.total(), request.first() / request.size(), request.size());
    }

    @GET
    @Path("tickets/{externalId}")
    @Operation(summary = "One ticket by its external id")
    public TicketDto ticket(@PathParam("externalId") String externalId) {
        return ticketDtos(List.of(records.ticket(externalId))).get(0);
    }

    @GET
    @Path("outages/{externalId}")
    @Operation(summary = "One outage by its external id")
    public OutageDto outage(@PathParam("externalId") String externalId) {
        return outageDtos(List.of(records.outage(externalId))).get(0);
    }

    @GET
    @Path("kpi-values/{externalId}")
    @Operation(summary = "One KPI value by its external id")
    public KpiValueDto kpiValue(@PathParam("externalId") String externalId) {
        return kpiDtos(List.of(records.kpiValue(externalId))).get(0);
    }

    @GET
    @Path("tickets/{externalId}/versions")
    @Operation(
            summary = "Every received version of a ticket, newest first",
            description = "X-1: who delivered each version, when (receivedAt, UTC), through which channel (REST, CSV, "
                    + "BY_HAND, DEMO, MIGRATION: the state kept when versions began) and the fields it changed (empty: "
                    + "the delivery created the ticket), with the ticket as that delivery left it.")
    public List<TicketVersionDto> ticketVersions(@PathParam("externalId") String externalId) {
        List<TicketVersion> versions = records.ticketVersions(externalId);
        Map<Long, String> services = records.serviceCodes(
                versions.stream().map(v -> v.facts().serviceId()).toList());
        Map<Long, String> customers = records.customerCodes(
                versions.stream().map(v -> v.facts().customerId()).toList());
        return versions.stream()
                .map(v -> new TicketVersionDto(DeliveredDto.of(v), TicketStateDto.of(v.facts(), services, customers)))
                .toList();
    }

    @GET
    @Path("outages/{externalId}/versions")
    @Operation(summary = "Every received version of an outage, newest first", description = "X-1: as for tickets.")
    public List<OutageVersionDto> outageVersions(@PathParam("externalId") String externalId) {
        List<OutageVersion> versions = records.outageVersions(externalId);
        Map<Long, String> services = records.serviceCodes(
                versions.stream().map(v -> v.facts().serviceId()).toList());
        return versions.stream()
                .map(v -> new OutageVersionDto(DeliveredDto.of(v), OutageStateDto.of(v.facts(), services)))
                .toList();
    }

    @GET
    @Path("kpi-values/{externalId}/versions")
    @Operation(summary = "Every received version of a KPI value, newest first", description = "X-1: as for tickets.")
    public List<KpiValueVersionDto> kpiValueVersions(@PathParam("externalId") String externalId) {
        List<KpiValueVersion> versions = records.kpiValueVersions(externalId);
        Map<Long, String> slas = records.slaReferences(
                versions.stream().map(v -> v.facts().agreementId()).toList());
        return versions.stream()
                .map(v -> new KpiValueVersionDto(DeliveredDto.of(v), KpiValueStateDto.of(v.facts(), slas)))
                .toList();
    }

    private List<TicketDto> ticketDtos(List<Ticket> tickets) {
        Map<Long, String> services =
                records.serviceCodes(tickets.stream().map(Ticket::getServiceId).toList());
        Map<Long, String> customers = records.customerCodes(
                tickets.stream().map(Ticket::getCustomerId).toList());
        return tickets.stream().map(t -> TicketDto.of(t, services, customers)).toList();
    }

    private List<OutageDto> outageDtos(List<Outage> outages) {
        Map<Long, String> services =
                records.serviceCodes(outages.stream().map(Outage::getServiceId).toList());
        return outages.stream().map(o -> OutageDto.of(o, services)).toList();
    }

    private List<KpiValueDto> kpiDtos(List<KpiValue> values) {
        Map<Long, String> slas = records.slaReferences(
                values.stream().map(KpiValue::getAgreementId).toList());
        return values.stream().map(k -> KpiValueDto.of(k, slas)).toList();
    }

    private Response answer(Received<?> received, Object body, String path) {
        if (!received.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("service-records")
                        .path(path)
                        .path(received.record().getExternalId())
                        .build())
                .entity(body)
                .build();
    }
}
