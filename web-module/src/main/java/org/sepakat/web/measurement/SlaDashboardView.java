package org.sepakat.web.measurement;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sepakat.common.Messages;
import org.sepakat.measurement.boundary.PeriodMeasurements;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.FacesErrors;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.UserSession;

/**
 * One SLA over time (SLM-6, SLM-7): attainment of each target against its threshold and the
 * workload against each limit over the last twelve reported months, its reports, and running a
 * past month on demand.
 */
@Named
@ViewScoped
public class SlaDashboardView implements Serializable {

    /** The refusals of a month the SLA is not in force in (README, "How a period is measured"). */
    private static final Set<String> NOT_IN_FORCE =
            Set.of("error.review.beforeEffective", "error.review.outsideValidity");

    private static final long serialVersionUID = 1L;
    static final int PERIODS = 12;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    PeriodReports reports;

    @Inject
    PeriodMeasurements reviews;

    @Inject
    Attempt attempt;

    @Inject
    FacesErrors errors;

    @Inject
    UserSession userSession;

    private Long id;
    private String month;
    private ServiceLevelAgreement sla;
    private List<PeriodReport> history = List.of();
    private List<ShownChart> attainmentCharts = List.of();
    private ReportCharts.Chart attainmentData;
    private ReportCharts.Chart workloadData;
    private List<ShownChart> workloadCharts = List.of();
    private boolean hasAttainment;
    private boolean hasWorkload;

    public void load() {
        try {
            sla = slas.find(id);
        } catch (RecordNotFound e) {
            PageGuard.notFound();
            return;
        }
        refresh();
    }

    void refresh() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        history = reports.ofAgreement(id);
        ReportCharts.Chart attainment = ReportCharts.attainment(reports.attainment(id, PERIODS));
        ReportCharts.Chart workload = ReportCharts.workload(reports.workload(id, PERIODS));
        attainmentData = attainment;
        workloadData = workload;
        hasAttainment = !attainment.periods().isEmpty();
        hasWorkload = !workload.periods().isEmpty();
        String threshold = Messages.text(locale, "dashboard.sla.threshold");
        attainmentCharts = ReportCharts.each(attainment).stream()
                .map(c -> shown(c, locale, "dashboard.sla.attainmentOf", n -> ReportCharts.lineJson(c, n, threshold)))
                .toList();
        String maximum = Messages.text(locale, "dashboard.sla.maximum");
        workloadCharts = ReportCharts.each(workload).stream()
                .map(c -> shown(c, locale, "dashboard.sla.workloadOf", n -> ReportCharts.barJson(c, n, maximum)))
                .toList();
    }

    private static ShownChart shown(
            ReportCharts.Chart chart, Locale locale, String titleKey, Function<String, String> json) {
        String title = Messages.text(locale, titleKey, chart.measured().get(0).name());
        return new ShownChart(title, json.apply(title));
    }

    /** One target's or limit's chart: its title (also its accessible label) and its Chart.js configuration. */
    public record ShownChart(String title, String json) implements Serializable {}

    /** SLM-6: computes a past month (or finds its report) and opens the report. */
    public String run() {
        PeriodMeasurements.OnDemand[] done = new PeriodMeasurements.OnDemand[1];
        Runnable review = () -> {
            try {
                done[0] = reviews.reviewOnDemand(id, Period.parse("month", month));
            } catch (RuleViolation e) {
                if (NOT_IN_FORCE.contains(e.messageKey())) {
                    // the month the SLA is not in force in: the problem goes beside the month
                    throw InvalidInput.of("month", e.messageKey(), e.arguments().toArray());
                }
                throw e;
            }
        };
        if (!attempt.run(review, "runForm")) {
            return null;
        }
        if (!done[0].computed()) {
            // a month already reported is opened as it is: say so, so nobody expects a new computation
            errors.info("dashboard.sla.openedExisting", done[0].report().getPeriodLabel());
        }
        return "/reports/view?faces-redirect=true&id=" + done[0].report().getId();
    }

    public boolean isRunnable() {
        return userSession.isCanReviewReports();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceLevelAgreement getSla() {
        return sla;
    }

    public List<PeriodReport> getHistory() {
        return history;
    }

    /** One chart per target, each axis scaled around its threshold (issue 12 §3). */
    public List<ShownChart> getAttainmentCharts() {
        return attainmentCharts;
    }

    /** The attainment chart's figures, also shown as a table for screen readers (issue 12 §7). */
    public ReportCharts.Chart getAttainmentData() {
        return attainmentData;
    }

    /** The workload chart's figures, also shown as a table for screen readers (issue 12 §7). */
    public ReportCharts.Chart getWorkloadData() {
        return workloadData;
    }

    /** One chart per workload limit, each axis scaled around its maximum (issue 12 §3). */
    public List<ShownChart> getWorkloadCharts() {
        return workloadCharts;
    }

    public boolean isHasAttainment() {
        return hasAttainment;
    }

    public boolean isHasWorkload() {
        return hasWorkload;
    }
}
