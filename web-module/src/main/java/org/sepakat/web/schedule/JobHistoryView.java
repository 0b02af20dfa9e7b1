package org.sepakat.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.sepakat.measurement.boundary.MeasurementRuns;
import org.sepakat.measurement.entity.MeasurementRun;
import org.sepakat.schedule.boundary.ReviewJobs;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.JobRun;
import org.sepakat.shared.entity.Page;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/**
 * The review jobs that ran (SLM-6): each execution from the batch job repository with what the
 * review found (SLAs reviewed, reports stored). Pages by job instance, newest first; a restarted
 * instance shows each of its executions.
 */
@Named
@ViewScoped
public class JobHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One execution and its instance's counts (none yet when it has not started its first chunk).
     * The page calls its accessors as methods ({@code j.run()}): Expression Language 5 does not
     * read record components.
     */
    public record Row(JobRun run, MeasurementRun counts) {
        public String getKey() {
            return run.executionId() + "";
        }
    }

    @Inject
    ReviewJobs jobs;

    @Inject
    MeasurementRuns runs;

    @Inject
    UserSession userSession;

    private PagedModel<Row> model;

    @PostConstruct
    void init() {
        ReviewJobs jobBoundary = jobs;
        MeasurementRuns runBoundary = runs;
        model = new PagedModel<Row>(
                        request -> {
                            Page<JobRun> page = jobBoundary.history(JobKind.SLA_REVIEW, request);
                            Map<Long, MeasurementRun> counts = runBoundary.of(page.items().stream()
                                    .map(JobRun::instanceId)
                                    .distinct()
                                    .toList());
                            return page.map(run -> new Row(run, counts.get(run.instanceId())));
                        },
                        Row::getKey)
                .inUrl()
                .exportAs(
                        "review-jobs",
                        ListColumn.of("job.instance", row -> row.run().instanceId()),
                        ListColumn.of("job.execution", row -> row.run().executionId()),
                        ListColumn.of("job.period", row -> row.run().period()),
                        ListColumn.label(
                                "job.trigger", "job.trigger.", row -> row.run().trigger()),
                        ListColumn.of("job.started", row -> row.run().started()),
                        ListColumn.of("job.ended", row -> row.run().ended()),
                        ListColumn.label(
                                "job.batchStatus",
                                "enum.BatchStatus.",
                                row -> row.run().batchStatus()),
                        ListColumn.of("job.exitStatus", row -> row.run().exitStatus()),
                        ListColumn.of(
                                "job.reviewed",
                                row -> row.counts() == null ? 0L : row.counts().getAgreementsReviewed()),
                        ListColumn.of(
                                "job.stored",
                                row -> row.counts() == null ? 0L : row.counts().getReportsStored()));
    }

    public void load() {
        PageGuard.allow(userSession.isCanReadSchedules());
    }

    public PagedModel<Row> getJobs() {
        return model;
    }
}
