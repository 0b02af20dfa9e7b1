package org.sepakat.web.supplier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Names a supplier agreement's field problems after the editor's inputs: the commercial terms'
 * fields ("commercialTerms.starts") are the tab's inputs ("startsOn"), and a RACI activity's name
 * ("raci[1].name") the RACI table's input ("raci[1].activity"); a problem of the whole row
 * ("raci[1]": two accountable parties) stays on the row.
 */
final class AgreementFields {

    private static final Pattern ACTIVITY = Pattern.compile("(?:raci|activities)\\[(\\d+)](\\.name)?");
    private static final String TERMS = "commercialTerms.";

    private AgreementFields() {}

    static InvalidInput onPage(InvalidInput refusal) {
        return new InvalidInput(refusal.problems().stream()
                .map(p -> new FieldProblem(input(p.field()), p.messageKey(), p.arguments(), p.violation()))
                .toList());
    }

    static String input(String field) {
        Matcher activity = ACTIVITY.matcher(field);
        if (activity.matches()) {
            return "raci[" + activity.group(1) + "]" + (activity.group(2) == null ? "" : ".activity");
        }
        if (field.startsWith(TERMS)) {
            String rest = field.substring(TERMS.length());
            return rest.equals("starts") ? "startsOn" : rest;
        }
        return field;
    }
}
