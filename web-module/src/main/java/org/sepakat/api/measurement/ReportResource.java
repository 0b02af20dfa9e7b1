package org.sepakat.api.measurement;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.measurement.ReportRepresentations.ReportDto;
import org.sepakat.api.measurement.ReportRepresentations.ReportSummaryDto;
import org.sepakat.api.measurement.ReportRepresentations.ReproductionDto;
import org.sepakat.api.measurement.ReportRepresentations.ReviewDto;
import org.sepakat.api.shared.ExpectedVersion;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.api.shared.Problems;
import org.sepakat.api.shared.Versions;
import org.sepakat.export.Download;
import org.sepakat.export.ReportCsv;
import org.sepakat.export.ReportDocument;
import org.sepakat.export.ReportWorkbook;
import org.sepakat.measurement.boundary.PeriodMeasurements;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.boundary.Reproductions;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;

/**
 * The period reports of an SLA (SLM-6, SLM-7): read, review, export. A period is named YYYY-MM.
 * Exports: {@code {period}/document} (PDF, {@code lang=en|id}), {@code {period}.csv} and
 * {@code {period}.xlsx}.
 */
@Path("slas/{agreementId}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Period reports", description = "SLM-6, SLM-7: each SLA's monthly report, its review outcome and exports")
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ReportResource {

    @Inject
    PeriodReports reports;

    @Inject
    PeriodMeasurements reviews;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    ReportDocument document;

    @Inject
    ReportCsv csv;

    @Inject
    ReportWorkbook workbook;

    @Inject
    Reproductions reproductions;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @PathParam("agreementId")
    Long agreementId;

    @GET
    @Operation(
            summary = "The SLA's period reports, newest first",
            description = "Paged (page, size). Filters: rating, reviewState, from and to (YYYY-MM). Sort: periodStart, "
                    + "rating, reviewState, reviewedAt; default -periodStart. Relationship managers see the reports of "
                    + "the customers they manage.")
    @ListQuery(
            filters = {
                @ListQuery.Filter(
                        name = "rating",
                        description = "The rating, exactly",
                        example = "RED",
                        values = Rating.class),
                @ListQuery.Filter(
                        name = "reviewState",
                        description = "The review outcome, exactly",
                        example = "ACCEPTED",
                        values = ReviewState.class),
                @ListQuery.Filter(
                        name = "from",
                        description = "Periods from this month on, YYYY-MM",
                        example = "2026-01",
                        pattern = Paging.MONTH),
                @ListQuery.Filter(
                        name = "to",
                        description = "Periods up to this month, YYYY-MM",
                        example = "2026-12",
                        pattern = Paging.MONTH)
            },
            sort = {"periodStart", "rating", "reviewState", "reviewedAt"},
            defaultSort = "-periodStart")
    public Paging.PageDto<ReportSummaryDto> list() {
        slas.find(agreementId);
        PageRequest asked = Paging.request(uri);
        Map<String, String> filters = new HashMap<>(asked.filters());
        filters.put("agreementId", String.valueOf(agreementId));
        PageRequest request =
                new PageRequest(asked.first(), asked.size(), asked.sortField(), asked.ascending(), filters);
        return Paging.dto(reports.list(request), request, ReportSummaryDto::of);
    }

    @GET
    @Path("{period}")
    @Operation(summary = "The report of one month", description = "404 when the month has no report (yet).")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportDto.class)))
    public Response get(@PathParam("period") String period) {
        return ok(report(period));
    }

    @POST
    @Path("{period}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Run a past month on demand",
            description =
                    "Computes and stores the month's report (201); a month that already has one returns it (200): of "
                            + "concurrent requests for the same month exactly one answers 201, every other 200 with the same report. "
                            + "A month not yet ended in the SLA's time zone, or an SLA never agreed, is refused (422, SLM-6).")
    @APIResponse(
            responseCode = "201",
            description = "Computed and stored now",
            content = @Content(schema = @Schema(implementation = ReportDto.class)))
    @APIResponse(
            responseCode = "200",
            description = "The month already had this report",
            content = @Content(schema = @Schema(implementation = ReportDto.class)))
    public Response run(@PathParam("period") String period) {
        Period month = Period.parse("period", period);
        slas.find(agreementId);
        try {
            return ok(reports.ofPeriod(agreementId, month));
        } catch (RecordNotFound notYet) {
            PeriodMeasurements.OnDemand run = reviews.reviewOnDemand(agreementId, month);
            return run.computed()
                    ? Versions.created(run.report(), ReportDto.of(run.report()), uri.getAbsolutePath())
                    : ok(run.report());
        }
    }

    @PUT
    @Path("{period}/review")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Record the outcome of the review with the customer",
            description = "Body: state (ACCEPTED or DISPUTED), comments, actions and the version read (or If-Match). "
                    + "A stale version gives 409; the figures never change.")
    @APIResponse(
            responseCode = "200",
            description = "The report with its review outcome",
            content = @Content(schema = @Schema(implementation = ReportDto.class)))
    public Response review(
            @PathParam("period") String period,
            @RequestBody(required = true) ReviewDto data,
            @BeanParam ExpectedVersion expected) {
        PeriodReport report = report(period);
        return ok(reports.recordReview(report.getId(), data == null ? null : data.data(expected.of(data.version()))));
    }

    @GET
    @Path("{period}/reproduction")
    @Operation(
            summary = "Reproduce the report from the data as it stood when it was made",
            description =
                    "X-1, SLM-6: computes the month again with the same engine, by the terms of the report's agreed "
                            + "version, from the versions of the service records received up to the report's creation (asOf), "
                            + "stores nothing, and compares figure by figure. outcome: IDENTICAL; DIFFERENT (differences: section "
                            + "TARGET, LIMIT or EXCLUSION, line, field, stored and recomputed value, and the deliveries of that "
                            + "line's kind received since); NOT_REPRODUCIBLE (reason, in the language of Accept-Language: e.g. data "
                            + "received before versions were kept). laterDeliveries: every delivery received since the report "
                            + "that touched the records it rests on (kind, externalId, version, receivedBy, receivedAt, channel, "
                            + "changed fields). Whoever may read the report may reproduce it.")
    public ReproductionDto reproduce(@PathParam("period") String period) {
        return ReproductionDto.of(reproductions.reproduce(report(period).getId()), Problems.locale(headers));
    }

    @GET
    @Path("{period}/document")
    @Produces("application/pdf")
    @Operation(summary = "The report as a PDF for the customer", description = "lang: en (default) or id.")
    public Response pdf(@PathParam("period") String period, @QueryParam("lang") String lang) {
        PeriodReport report = report(period);
        return download(document.pdf(report, Download.language(lang)), Download.PDF, report, "pdf");
    }

    @GET
    @Path("{period}.csv")
    @Produces("text/csv")
    @Operation(
            summary = "The report's target, limit and exclusion lines as CSV",
            description = "One row per line; the section column is TARGET, LIMIT or EXCLUSION.")
    public Response csv(@PathParam("period") String period) {
        PeriodReport report = report(period);
        return download(csv.csv(report), Download.CSV, report, "csv");
    }

    @GET
    @Path("{period}.xlsx")
    @Produces(Download.XLSX)
    @Operation(
            summary = "The report as an Excel workbook",
            description = "Sheets: summary, targets, limits, exclusions; " + "lang: en (default) or id.")
    public Response xlsx(@PathParam("period") String period, @QueryParam("lang") String lang) {
        PeriodReport report = report(period);
        return download(workbook.xlsx(report, Download.language(lang)), Download.XLSX, report, "xlsx");
    }

    private PeriodReport report(String period) {
        slas.find(agreementId);
        return reports.ofPeriod(agreementId, Period.parse("period", period));
    }

    static Response download(byte[] content, String type, PeriodReport report, String extension) {
        return Response.ok(content, type)
                .header("Content-Disposition", Download.attachment(ReportDocument.fileName(report) + "." + extension))
                .build();
    }

    private static Response ok(PeriodReport report) {
        return Versions.ok(report, ReportDto.of(report));
    }
}
