package org.sepakat.api.schedule;

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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.api.shared.ListQuery;
import org.sepakat.api.shared.Paging;
import org.sepakat.schedule.boundary.ReviewJobs;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.JobRun;
import org.sepakat.schedule.entity.RunData;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.Roles;

@Path("review-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Review jobs",
        description = "SLM-6, SLM-7: the monthly SLA review as a batch job; its runs and their status")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR})
public class ReviewJobResource {

    /** One job execution as the API shows it. */
    public record JobRunDto(
            long instanceId,
            long executionId,
            String period,
            String trigger,
            Long scheduleId,
            Instant started,
            Instant ended,
            String batchStatus,
            String exitStatus) {
        static JobRunDto of(JobRun run) {
            return new JobRunDto(
                    run.instanceId(),
                    run.executionId(),
                    run.period() == null ? null : run.period().toString(),
                    run.trigger(),
                    run.scheduleId(),
                    run.started(),
                    run.ended(),
                    run.batchStatus(),
                    run.exitStatus());
        }
    }

    @Inject
    ReviewJobs jobs;

    @Inject
    ReviewSchedules schedules;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "The review job runs, newest job first",
            description = "Pages by job instance; a restarted " + "instance lists each of its executions.")
    @ListQuery()
    public Paging.PageDto<JobRunDto> list() {
        PageRequest request = Paging.unfiltered(uri);
        return Paging.dto(jobs.history(JobKind.SLA_REVIEW, request), request, JobRunDto::of);
    }

    @GET
    @Path("{executionId}")
    @Operation(summary = "One job execution: its status and what it reviewed")
    public JobRunDto get(@PathParam("executionId") long executionId) {
        return jobs.execution(executionId)
                .map(JobRunDto::of)
                .orElseThrow(() -> new RecordNotFound("JobExecution", executionId));
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    @Operation(
            summary = "Review an ended month now (ON_DEMAND)",
            description =
                    "Body: period (YYYY-MM), optional "
                            + "itemCount (SLAs per chunk, default 100) and pauseMillisBetweenChunks (default 0; raise it to spare a busy "
                            + "database). SLAs that already have a report for the month keep it. Answers 202 with the execution.")
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the execution",
            content = @Content(schema = @Schema(implementation = JobRunDto.class)))
    public Response start(@RequestBody(required = true) RunData data) {
        long execution = schedules.run(JobKind.SLA_REVIEW, data);
        return Response.accepted(jobs.execution(execution).map(JobRunDto::of).orElseThrow())
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(execution))
                        .build())
                .build();
    }
}
