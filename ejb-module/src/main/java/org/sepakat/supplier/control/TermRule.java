package org.sepakat.supplier.control;

import java.time.LocalDate;
import java.util.List;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.NoticeDeadline;

/**
 * {@link AlignmentRule#TERM}: a supplier contract must run as long as the SLA it underpins. In
 * this order, the first that holds decides: an agreement without commercial terms has no end
 * (aligned); a contract expired by the assessment day is flagged; one that expires (its
 * {@link CommercialTerms#expiry()}: no renewal, express renewal not recorded, tacit renewal after
 * notice) before the SLA's last valid day, or at all under an open-ended SLA, is flagged; one whose
 * next notice deadline falls before the SLA's last valid day, or at all under an open-ended SLA, is
 * flagged, since on that day the contract can be ended while the SLA still holds; otherwise it is
 * aligned.
 */
final class TermRule {

    private final LocalDate today;

    TermRule(LocalDate today) {
        this.today = today;
    }

    Verdict verdict(CustomerTarget customer, String contract, CommercialTerms terms) {
        String name = customer.name();
        LocalDate validTo = customer.validTo();
        if (terms == null) {
            return termVerdict(Alignment.ALIGNED, contract, "alignment.term.openEnded", name, contract);
        }
        LocalDate expiry = terms.expiry().orElse(null);
        if (terms.isExpired(today)) {
            return termVerdict(Alignment.MISALIGNED, contract, "alignment.term.expired", name, contract, expiry);
        }
        if (expiry != null && validTo == null) {
            return termVerdict(Alignment.MISALIGNED, contract, "alignment.term.expiresOpenSla", name, contract, expiry);
        }
        if (expiry != null && expiry.isBefore(validTo)) {
            return termVerdict(
                    Alignment.MISALIGNED, contract, "alignment.term.expiresBeforeSla", name, contract, expiry, validTo);
        }
        NoticeDeadline notice = terms.nextNoticeDeadline(today).orElse(null);
        if (notice != null && validTo == null) {
            return termVerdict(
                    Alignment.MISALIGNED,
                    contract,
                    "alignment.term.noticeOpenSla",
                    name,
                    contract,
                    notice.lastDay(),
                    notice.endsContractOn());
        }
        if (notice != null && notice.lastDay().isBefore(validTo)) {
            return termVerdict(
                    Alignment.MISALIGNED,
                    contract,
                    "alignment.term.noticeBeforeSla",
                    name,
                    contract,
                    notice.lastDay(),
                    notice.endsContractOn(),
                    validTo);
        }
        return termVerdict(Alignment.ALIGNED, contract, "alignment.term.covers", name, contract);
    }

    private static Verdict termVerdict(Alignment alignment, String contract, String key, Object... arguments) {
        return new Verdict(AlignmentRule.TERM, alignment, contract, key, List.of(arguments));
    }
}
