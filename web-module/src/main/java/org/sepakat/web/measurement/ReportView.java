package org.sepakat.web.measurement;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.boundary.Reproductions;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Reproduction;
import org.sepakat.measurement.entity.ReviewOutcomeData;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.servicedata.entity.Delivery;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * One period report (SLM-6): targets against thresholds, workload against limits, exclusions,
 * the exports, and the review outcome a service level manager records on it (SLM-7).
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeriodReports reports;

    @Inject
    ShownRecord<PeriodReport> shown;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    @Inject
    Reproductions reproductions;

    private Long id;
    private ReviewState state;
    private String comments;
    private String actions;
    private Reproduction reproduction;

    public void load() {
        shown.load(() -> reports.find(id)).ifPresent(this::showReview);
    }

    private void showReview(PeriodReport loaded) {
        state = loaded.getReviewState() == ReviewState.AWAITING_REVIEW ? null : loaded.getReviewState();
        comments = loaded.getReviewComments();
        actions = loaded.getReviewActions();
    }

    public void recordReview() {
        ReviewOutcomeData data =
                new ReviewOutcomeData(state, comments, actions, getReport().getVersion());
        if (attempt.run(() -> showReview(shown.show(reports.recordReview(id, data))), "reviewForm")) {
            attempt.done("report.reviewRecorded", getReport().auditKey());
        }
    }

    /** X-1, SLM-6: computes the report again from the data as it stood when it was made, storing nothing. */
    public void reproduce() {
        attempt.run(() -> reproduction = reproductions.reproduce(id), "reproductionForm");
    }

    /** The fields a delivery changed, as one line. */
    public String fields(Delivery delivery) {
        return String.join(", ", delivery.changed());
    }

    public Reproduction getReproduction() {
        return reproduction;
    }

    public boolean isReviewable() {
        return userSession.isCanReviewReports();
    }

    /** The states a reviewer can choose; "awaiting review" is where every report starts. */
    public List<ReviewState> getOutcomes() {
        return List.of(ReviewState.ACCEPTED, ReviewState.DISPUTED);
    }

    /** A download of this report: pdf, csv or xlsx, in the page's language. */
    public String exportUrl(String extension) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/documents/report." + extension + "?id=" + id
                + "&lang=" + userSession.getLanguage();
    }

    public PeriodReport getReport() {
        return shown.record();
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewState getState() {
        return state;
    }

    public void setState(ReviewState state) {
        this.state = state;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }
}
