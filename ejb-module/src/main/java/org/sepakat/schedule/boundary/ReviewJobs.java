package org.sepakat.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.sepakat.schedule.entity.JobKind;
import org.sepakat.schedule.entity.JobParameters;
import org.sepakat.schedule.entity.JobRun;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;

/**
 * Starts, restarts and lists the review jobs through the batch runtime. Runs as the
 * administrator role (mapped to a run-as user in the server configuration) because the batch
 * runtime checks its own roles and a timer has no caller; who may ask is checked here first.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReviewJobs {

    private static final Logger LOG = Logger.getLogger(ReviewJobs.class.getName());
    /** How far back the history looks for an earlier run of the same schedule and period. */
    private static final int RECENT_INSTANCES = 1000;
    /** How many of the newest runs the start page looks at for failures. */
    private static final int FAILED_LOOKBACK = 50;

    /**
     * Starts the job for a period unless a run of the same schedule and period is running or
     * completed; a failed or stopped one is restarted instead of starting a second.
     *
     * @return the execution that now works on it, or empty when one already did or does
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Optional<Long> startOnce(
            JobKind kind, Period period, Long scheduleId, String trigger, int itemCount, long pauseMillis) {
        Optional<JobRun> earlier = latestRunOf(kind, period, scheduleId);
        if (earlier.isPresent() && (earlier.get().isRunning() || earlier.get().isCompleted())) {
            LOG.info(() -> kind.jobName() + " for " + period + " (schedule " + scheduleId + ") already "
                    + earlier.get().batchStatus() + " as execution "
                    + earlier.get().executionId());
            return Optional.empty();
        }
        if (earlier.isPresent()) {
            return Optional.of(restart(earlier.get()));
        }
        return Optional.of(start(kind, period, scheduleId, trigger, itemCount, pauseMillis));
    }

    /** Starts a new run whatever ran before: staff asked for it (the review itself never duplicates a report). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public long start(JobKind kind, Period period, Long scheduleId, String trigger, int itemCount, long pauseMillis) {
        Properties parameters = JobParameters.of(period, scheduleId, trigger, itemCount, pauseMillis);
        long execution = operator().start(kind.jobName(), parameters);
        LOG.info(() -> "Started " + kind.jobName() + " for " + period + " (" + trigger + ", schedule " + scheduleId
                + ") as execution " + execution);
        return execution;
    }

    /**
     * After a crash the batch runtime marks what was running as FAILED when it next starts. Each
     * job instance whose latest execution failed or stopped and that never completed is restarted
     * from its last checkpoint.
     *
     * @return the executions started
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Long> restartUnfinished(JobKind kind) {
        List<Long> restarted = new ArrayList<>();
        for (JobInstance instance : instances(kind, 0, RECENT_INSTANCES)) {
            List<JobExecution> executions = operator().getJobExecutions(instance);
            boolean completed = executions.stream().anyMatch(e -> e.getBatchStatus() == BatchStatus.COMPLETED);
            Optional<JobExecution> latest = executions.stream().max(Comparator.comparing(JobExecution::getExecutionId));
            if (!completed && latest.isPresent() && isRestartable(latest.get().getBatchStatus())) {
                restarted.add(restart(run(instance, latest.get())));
            }
        }
        return restarted;
    }

    /** The executions of the newest job instances first, one page of instances at a time. */
    public Page<JobRun> history(JobKind kind, PageRequest request) {
        List<JobRun> runs = new ArrayList<>();
        for (JobInstance instance : instances(kind, request.first(), request.size())) {
            operator().getJobExecutions(instance).stream()
                    .sorted(Comparator.comparing(JobExecution::getExecutionId).reversed())
                    .forEach(execution -> runs.add(run(instance, execution)));
        }
        return new Page<>(runs, count(kind));
    }

    /**
     * Start page (issue 12 §2): the review runs among the newest {@link #FAILED_LOOKBACK} whose latest
     * execution failed or was abandoned (a restart that completed clears it), linking to the job history.
     */
    public List<WorkItem> failedRuns() {
        List<WorkItem> items = new ArrayList<>();
        for (JobInstance instance : instances(JobKind.SLA_REVIEW, 0, FAILED_LOOKBACK)) {
            operator().getJobExecutions(instance).stream()
                    .max(Comparator.comparing(JobExecution::getExecutionId))
                    .map(execution -> run(instance, execution))
                    .filter(run -> "FAILED".equals(run.batchStatus()) || "ABANDONED".equals(run.batchStatus()))
                    .ifPresent(run -> items.add(WorkItem.record(
                            "work.job.failed",
                            "/schedules/jobs.xhtml",
                            String.valueOf(run.executionId()),
                            run.period() == null ? "" : run.period())));
        }
        return items;
    }

    /** The newest execution of a schedule's run for a period, if there was one. */
    public Optional<JobRun> latestRunOf(JobKind kind, Period period, Long scheduleId) {
        for (JobInstance instance : instances(kind, 0, RECENT_INSTANCES)) {
            Optional<JobRun> latest = operator().getJobExecutions(instance).stream()
                    .max(Comparator.comparing(JobExecution::getExecutionId))
                    .map(execution -> run(instance, execution));
            if (latest.isPresent()
                    && period.equals(latest.get().period())
                    && Objects.equals(scheduleId, latest.get().scheduleId())) {
                return latest;
            }
        }
        return Optional.empty();
    }

    public Optional<JobRun> execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            return Optional.ofNullable(execution).map(e -> run(operator().getJobInstance(executionId), e));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private long restart(JobRun failed) {
        // a restart takes its parameters anew: the same period, schedule and trigger as before
        long execution = operator().restart(failed.executionId(), operator().getParameters(failed.executionId()));
        LOG.info(() -> "Restarted " + failed.jobName() + " for " + failed.period() + " (execution "
                + failed.executionId() + " was " + failed.batchStatus() + ") as execution " + execution);
        return execution;
    }

    private static boolean isRestartable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private List<JobInstance> instances(JobKind kind, int first, int size) {
        try {
            return operator().getJobInstances(kind.jobName(), first, size);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private int count(JobKind kind) {
        try {
            return operator().getJobInstanceCount(kind.jobName());
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    private static JobRun run(JobInstance instance, JobExecution execution) {
        Properties parameters = execution.getJobParameters();
        return new JobRun(
                instance.getInstanceId(),
                execution.getExecutionId(),
                instance.getJobName(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                execution.getBatchStatus() == null
                        ? null
                        : execution.getBatchStatus().name(),
                execution.getExitStatus(),
                JobParameters.period(parameters),
                parameters == null ? null : parameters.getProperty(JobParameters.TRIGGER),
                JobParameters.scheduleId(parameters));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
