package org.sepakat.shared.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the independent checks of one input and keeps every field refusal, so that a single answer
 * names all that is wrong instead of the first problem only.
 */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public void check(Runnable step) {
        attempt(() -> {
            step.run();
            return Boolean.TRUE;
        });
    }

    /** @return the step's result, or empty when it was refused (the refusal is kept) */
    public <T> Optional<T> attempt(Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /**
     * Turns each row of a list; a refused row's problems are kept under its index ("targets[2].threshold").
     *
     * @return the rows that could be turned, in order
     */
    public <R, T> List<T> each(String field, List<R> rows, Function<R, T> turn) {
        return each(field, rows, turn, Set.of());
    }

    /** As {@link #each(String, List, Function)}, leaving out the rows named in {@code skipped} ("targets[2]"). */
    public <R, T> List<T> each(String field, List<R> rows, Function<R, T> turn, Set<String> skipped) {
        List<T> turned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            String prefix = field + "[" + i + "]";
            if (skipped.contains(prefix)) {
                continue;
            }
            try {
                turned.add(turn.apply(row));
            } catch (InvalidInput e) {
                problems.addAll(e.under(prefix).problems());
            }
        }
        return turned;
    }

    public void add(List<FieldProblem> more) {
        problems.addAll(more);
    }

    /** @return every problem kept so far, in the order found */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** @throws InvalidInput naming every problem kept, if there is any */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
