package org.sepakat.supplier.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * The authorities and responsibilities of both parties of a supplier contract (SUP-6, OLA-1), as a
 * matrix of activities × parties (provider, supplier) × roles (R, A, C, I). A matrix being edited
 * may break the rules; {@link #problems()} names every broken rule at once, by row, so that a form
 * can show them all: each activity has a non-blank name no other row has (case and surrounding
 * blanks ignored), exactly one accountable party and at least one responsible party.
 */
public final class Raci {

    private final List<RaciActivity> activities;

    public Raci(List<RaciActivity> activities) {
        this.activities = List.copyOf(Objects.requireNonNull(activities, "activities"));
    }

    public List<RaciActivity> activities() {
        return activities;
    }

    /** Every broken rule, in row order; field names point at the row: {@code activities[2].name}. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < activities.size(); row++) {
            RaciActivity activity = activities.get(row);
            String field = "activities[" + row + "]";
            String name = activity.getName();
            if (name.isBlank()) {
                problems.add(FieldProblem.of(field + ".name", "error.raci.nameBlank", row + 1));
            } else {
                Integer earlier = firstRow.putIfAbsent(name.toLowerCase(Locale.ROOT), row);
                if (earlier != null) {
                    problems.add(FieldProblem.of(field + ".name", "error.raci.nameTaken", name, earlier + 1));
                }
            }
            String label = name.isBlank() ? String.valueOf(row + 1) : name;
            long accountable = activity.holders(RaciRole.ACCOUNTABLE);
            if (accountable == 0) {
                problems.add(FieldProblem.of(field, "error.raci.noAccountable", label));
            } else if (accountable > 1) {
                problems.add(FieldProblem.of(field, "error.raci.manyAccountable", label));
            }
            if (activity.holders(RaciRole.RESPONSIBLE) == 0) {
                problems.add(FieldProblem.of(field, "error.raci.noResponsible", label));
            }
        }
        return problems;
    }

    public boolean isValid() {
        return problems().isEmpty();
    }

    /** This matrix, or every broken rule as one refusal. */
    public Raci requireValid() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return this;
    }
}
