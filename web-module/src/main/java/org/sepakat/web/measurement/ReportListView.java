package org.sepakat.web.measurement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.common.Messages;
import org.sepakat.measurement.boundary.PeriodReports;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Rating;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Period;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** Every period report the user may read, paged and filtered by the database (SLM-6). */
@Named
@ViewScoped
public class ReportListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeriodReports reports;

    private PagedModel<PeriodReport> model;

    @PostConstruct
    void init() {
        PeriodReports boundary = reports;
        model = new PagedModel<PeriodReport>(boundary::list, PeriodReport::getId)
                .inUrl("customerCode", "agreementReference", "agreementId", "from", "to", "rating", "reviewState")
                .exportAs(
                        "reports",
                        ListColumn.of("report.period", PeriodReport::getPeriodLabel),
                        ListColumn.of("report.agreement", PeriodReport::getAgreementReference),
                        ListColumn.of("report.agreementTitle", PeriodReport::getAgreementTitle),
                        ListColumn.of("report.customer", PeriodReport::getCustomerCode),
                        ListColumn.label("report.rating", "enum.Rating.", PeriodReport::getRating),
                        ListColumn.label("report.reviewState", "enum.ReviewState.", PeriodReport::getReviewState),
                        ListColumn.label("report.triggeredBy", "enum.RunTrigger.", PeriodReport::getTriggeredBy));
    }

    public PagedModel<PeriodReport> getReports() {
        return model;
    }

    /** From a link such as "reports of this SLA": the filter arrives as a view parameter. */
    public String getAgreementId() {
        return model.getFilters().get("agreementId");
    }

    public void setAgreementId(String agreementId) {
        model.getFilters().put("agreementId", agreementId);
    }

    /** YYYY-MM; a month that does not parse is refused here, so the table never pages with it. */
    public String getFrom() {
        return model.getFilters().get("from");
    }

    public void setFrom(String from) {
        month("from", from);
    }

    public String getTo() {
        return model.getFilters().get("to");
    }

    public void setTo(String to) {
        month("to", to);
    }

    private void month(String filter, String value) {
        model.getFilters().remove(filter);
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            model.getFilters().put(filter, Period.parse(filter, value).toString());
        } catch (InvalidInput e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Messages.text(faces.getViewRoot().getLocale(), "error.period", value);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** From a link of the start page: a rating by its name; any other text is refused with a message. */
    public String getRating() {
        return model.getFilters().get("rating");
    }

    public void setRating(String rating) {
        enumFilter("rating", rating, Rating.class);
    }

    public String getReviewState() {
        return model.getFilters().get("reviewState");
    }

    public void setReviewState(String state) {
        enumFilter("reviewState", state, ReviewState.class);
    }

    private <E extends Enum<E>> void enumFilter(String filter, String value, Class<E> type) {
        model.getFilters().remove(filter);
        if (value == null || value.isBlank()) {
            return;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                model.getFilters().put(filter, value);
                return;
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), "error.filterValue", value);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public ReviewState[] getReviewStates() {
        return ReviewState.values();
    }
}
