package org.sepakat.export;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.ContractTerm;
import org.sepakat.supplier.entity.NoticeDeadline;
import org.sepakat.supplier.entity.Obligation;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SmsProcess;

/**
 * A supplier agreement's lines worded in one language, the same for its document page and its PDF
 * (SUP-2..6, X-5): spans ("3 months" / "3 bulan"), the contract's value, its computed dates
 * (SUP-10) and the SMS processes with their clause numbers.
 */
public final class SupplierAgreementText extends DocumentText {

    public SupplierAgreementText(Locale locale) {
        super(locale);
    }

    /** e.g. "1 year", "3 months", "30 days"; a mixed span in all its parts; "–" for none. */
    public String span(Period period) {
        if (period == null || period.isZero()) {
            return "–";
        }
        StringBuilder text = new StringBuilder();
        part(text, period.getYears(), "supplierAgreement.span.years");
        part(text, period.getMonths(), "supplierAgreement.span.months");
        part(text, period.getDays(), "supplierAgreement.span.days");
        return text.toString();
    }

    private void part(StringBuilder text, int count, String key) {
        if (count != 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(label(key, count));
        }
    }

    /** The value with its currency, e.g. "120,000,000 IDR" / "120.000.000 IDR". */
    public String value(CommercialTerms terms) {
        if (terms.getValue() == null) {
            return "–";
        }
        return number(terms.getValue())
                + (terms.getCurrency() == null ? "" : " " + terms.getCurrency().getCurrencyCode());
    }

    /** How it renews, with the renewal period where it has one. */
    public String renewal(CommercialTerms terms) {
        String kind = label(terms.getRenewal());
        return terms.getRenewal() == RenewalKind.NONE ? kind : kind + " (" + span(terms.getRenewalPeriod()) + ")";
    }

    /** The term that holds {@code today}: "Renewal 2: 1 Jan 2027 – 31 Dec 2027". */
    public String currentTerm(CommercialTerms terms, LocalDate today) {
        ContractTerm term = terms.currentTerm(today);
        String name = term.number() == 0
                ? label("supplierAgreement.term.initial")
                : label("supplierAgreement.term.renewal", term.number());
        return name + ": " + date(term.starts()) + " – " + date(term.ends());
    }

    /** The next day notice can be given by, and the end it gives; "none" when nothing can be given. */
    public String noticeDeadline(CommercialTerms terms, LocalDate today) {
        Optional<NoticeDeadline> deadline = terms.nextNoticeDeadline(today);
        return deadline.map(d -> label(
                        terms.getRenewal() == RenewalKind.EXPRESS
                                ? "supplierAgreement.deadline.express"
                                : "supplierAgreement.deadline.notice",
                        date(d.lastDay()),
                        date(d.endsContractOn())))
                .orElse(label("supplierAgreement.deadline.none"));
    }

    /** The day the contract ends if nothing more is done, or that it renews itself. */
    public String expiry(CommercialTerms terms) {
        return terms.expiry().map(this::date).orElse(label("supplierAgreement.expiry.renewsItself"));
    }

    /** e.g. "8.6.1 Incident management". */
    public String process(SmsProcess process) {
        return process.clause() + " " + label(process);
    }

    /** An obligation's frequency and evidence, "–" where it states none. */
    public String frequency(Obligation obligation) {
        return PdfLayout.orDash(obligation.getFrequency());
    }

    public String evidence(Obligation obligation) {
        return PdfLayout.orDash(obligation.getEvidence());
    }
}
