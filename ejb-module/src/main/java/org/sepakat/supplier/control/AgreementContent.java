package org.sepakat.supplier.control;

import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.Obligation;
import org.sepakat.supplier.entity.Raci;
import org.sepakat.supplier.entity.RaciActivity;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;
import org.sepakat.supplier.entity.SupplierAgreementData.CommercialTermsData;

/**
 * Writes what an author saved into a supplier agreement, gathering every problem of every part, so
 * one save names them all (the field of a row as {@code targets[2].threshold}).
 */
public final class AgreementContent {

    private AgreementContent() {}

    /** A row of the lists, as a problem names it: "targets[2]" of "targets[2].threshold". */
    private static final Pattern ROW =
            Pattern.compile("^((?:requirements|targets|obligations|raci)\\[\\d+])(?:\\..*)?$");

    /**
     * Applies {@code data} to {@code agreement}; nothing is applied when a problem is found (the caller
     * rolls back). A row or part {@code problems} already refuses (Bean Validation) is not read again,
     * so each problem is named once.
     */
    public static void apply(SupplierAgreement agreement, SupplierAgreementData data, FieldProblems problems) {
        Set<String> refused = problems.problems().stream()
                .map(p -> ROW.matcher(p.field()))
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
        applyHeading(agreement, data, problems);
        if (!refuses(problems, "serviceIds", "components", "processes")) {
            problems.check(() -> agreement.scope(data.serviceIds(), data.components(), data.processes()));
        }
        List<AgreementRequirement> requirements = problems.each(
                "requirements", data.requirements(), SupplierAgreementData.RequirementData::toRequirement, refused);
        List<AgreementTarget> targets = problems.each("targets", data.targets(), TargetData::toTarget, refused);
        List<Obligation> obligations = problems.each(
                "obligations", data.obligations(), SupplierAgreementData.ObligationData::toObligation, refused);
        List<RaciActivity> raci =
                problems.each("raci", data.raci(), SupplierAgreementData.RaciData::toActivity, refused);
        problems.check(() -> agreement.replaceRequirements(requirements));
        problems.check(() -> agreement.replaceTargets(targets));
        problems.check(() -> agreement.replaceObligations(obligations));
        if (refuses(problems, "raci")) {
            problems.add(rowsChecked(data.raci().size(), refused, raci));
        } else {
            problems.check(() -> agreement.replaceRaci(raci));
        }
        if (!refuses(problems, "commercialTerms")) {
            problems.attempt(() -> commercialTerms(data.commercialTerms()))
                    .ifPresent(terms -> problems.check(() -> agreement.setCommercialTerms(terms.orElse(null))));
        }
    }

    /**
     * The RACI rules on the rows that could be read when others could not (nothing is saved then), each
     * problem on the row's own index.
     */
    private static List<FieldProblem> rowsChecked(int rows, Set<String> refused, List<RaciActivity> read) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (!refused.contains("raci[" + i + "]")) {
                indices.add(i);
            }
        }
        if (indices.size() != read.size()) {
            return List.of();
        }
        Pattern row = Pattern.compile("^activities\\[(\\d+)]");
        return new Raci(read)
                .problems().stream()
                        .map(p -> {
                            Matcher m = row.matcher(p.field());
                            String field = m.find()
                                    ? "raci[" + indices.get(Integer.parseInt(m.group(1))) + "]"
                                            + p.field().substring(m.end())
                                    : p.field();
                            return new FieldProblem(field, p.messageKey(), p.arguments(), p.violation());
                        })
                        .toList();
    }

    /** Whether a problem already names one of {@code fields} or a part of it. */
    private static boolean refuses(FieldProblems problems, String... fields) {
        return problems.problems().stream()
                .map(p -> p.field())
                .anyMatch(f -> Arrays.stream(fields)
                        .anyMatch(field -> f.equals(field) || f.startsWith(field + "[") || f.startsWith(field + ".")));
    }

    private static void applyHeading(SupplierAgreement agreement, SupplierAgreementData data, FieldProblems problems) {
        problems.check(() -> agreement.describe(
                data.title().trim(),
                zone(data.timeZone()),
                days(data.noticeReminderDays(), SupplierAgreement.DEFAULT_NOTICE_REMINDER_DAYS),
                days(data.expiryReminderDays(), SupplierAgreement.DEFAULT_EXPIRY_REMINDER_DAYS)));
    }

    private static int days(Integer given, int otherwise) {
        return given == null ? otherwise : given;
    }

    /** The zone's id as Java names it; refused, naming the field, when it is no zone. */
    public static String zone(String given) {
        try {
            return ZoneId.of(given.trim()).getId();
        } catch (DateTimeException e) {
            throw InvalidInput.of("timeZone", "error.timeZone.unknown", given);
        }
    }

    /** The terms written, empty for none; a span or currency that cannot be read is refused naming its field. */
    public static java.util.Optional<CommercialTerms> commercialTerms(CommercialTermsData data) {
        if (data == null) {
            return java.util.Optional.empty();
        }
        FieldProblems problems = new FieldProblems();
        Currency currency = read(problems, () -> currency(data.currency()));
        Period initial = read(problems, () -> period("commercialTerms.initialTerm", data.initialTerm()));
        Period renewal = read(problems, () -> period("commercialTerms.renewalPeriod", data.renewalPeriod()));
        Period notice = read(problems, () -> period("commercialTerms.noticePeriod", data.noticePeriod()));
        problems.throwIfAny();
        try {
            return java.util.Optional.of(new CommercialTerms(
                    data.value(), currency, data.startsOn(), initial, data.renewal(), renewal, notice));
        } catch (InvalidInput e) {
            throw e.under("commercialTerms");
        }
    }

    /** What {@code step} read, null when the field was left empty or refused (the refusal is kept). */
    private static <T> T read(FieldProblems problems, java.util.function.Supplier<T> step) {
        return problems.attempt(() -> java.util.Optional.ofNullable(step.get()))
                .flatMap(value -> value)
                .orElse(null);
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("commercialTerms.currency", "error.commercialTerms.currency", code);
        }
    }

    private static Period period(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Period.parse(text.trim());
        } catch (DateTimeException e) {
            throw InvalidInput.of(field, "error.commercialTerms.period", text);
        }
    }
}
