package org.sepakat.web.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.sepakat.export.SlaText;
import org.sepakat.export.SupplierAgreementText;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.SmsProcess;
import org.sepakat.supplier.entity.SupplierAgreement;

/**
 * A supplier agreement's lines as its pages show them, worded as its PDF words them: the computed
 * contract dates on the agreement's own day (its zone), spans, processes with their clauses (SUP-2..6).
 */
@Named("agreementWording")
@RequestScoped
public class AgreementWording {

    @Inject
    Clock clock;

    @Inject
    ServiceCatalogue catalogue;

    private SupplierAgreementText text() {
        return new SupplierAgreementText(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Today where the agreement is kept: its deadlines fall on its own calendar days. */
    LocalDate today(SupplierAgreement agreement) {
        return LocalDate.now(clock.withZone(ZoneId.of(agreement.getTimeZone())));
    }

    public String currentTerm(SupplierAgreement agreement) {
        CommercialTerms terms = agreement.getCommercialTerms();
        return terms == null ? "–" : text().currentTerm(terms, today(agreement));
    }

    public String noticeDeadline(SupplierAgreement agreement) {
        CommercialTerms terms = agreement.getCommercialTerms();
        return terms == null ? "–" : text().noticeDeadline(terms, today(agreement));
    }

    public String expiry(SupplierAgreement agreement) {
        CommercialTerms terms = agreement.getCommercialTerms();
        return terms == null ? "–" : text().expiry(terms);
    }

    public String span(Period period) {
        return text().span(period);
    }

    public String value(CommercialTerms terms) {
        return text().value(terms);
    }

    public String renewal(CommercialTerms terms) {
        return text().renewal(terms);
    }

    public String date(LocalDate day) {
        return day == null ? "–" : text().date(day);
    }

    public String process(SmsProcess process) {
        return text().process(process);
    }

    /** A moment in the agreement's zone, labelled with it. */
    public String moment(Instant at, SupplierAgreement agreement) {
        return at == null ? "–" : text().moment(at, agreement.getTimeZone());
    }

    /** The service components in scope, e.g. "ERP database hosting, Backup". */
    public String components(SupplierAgreement agreement) {
        return agreement.getComponents().isEmpty() ? "–" : String.join(", ", agreement.getComponents());
    }

    /** A target's scope, level and calendar, worded as an SLA's document words them. */
    public String targetScope(AgreementTarget target) {
        return slaText().scope(target);
    }

    public String targetLevel(AgreementTarget target) {
        return slaText().level(target);
    }

    public String targetCalendar(AgreementTarget target) {
        return slaText().calendar(target);
    }

    private SlaText slaText() {
        return new SlaText(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The services in scope by their catalogue codes, e.g. "ERP, MAIL". */
    public String services(SupplierAgreement agreement) {
        if (agreement.getServiceIds().isEmpty()) {
            return "–";
        }
        return catalogue.codesById(agreement.getServiceIds()).values().stream()
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
