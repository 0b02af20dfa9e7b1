package org.sepakat.shared.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An uploaded file refused as a whole, naming the field it came in: too large (REST answers 413) or of a type not
 * accepted there (422). Nothing was stored.
 */
@ApplicationException(rollback = true)
public class FileRefused extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;

    private FileRefused(boolean tooLarge, FieldProblem problem) {
        super(List.of(problem));
        this.tooLarge = tooLarge;
    }

    /** Sizes in whole megabytes (rounded up) as the message shows them. */
    public static FileRefused tooLarge(String field, long size, long limit) {
        return new FileRefused(true, FieldProblem.of(field, "error.file.tooLarge", megabytes(size), megabytes(limit)));
    }

    /** {@code detected}: the media type read from the content, e.g. {@code application/x-msdownload}. */
    public static FileRefused type(String field, String detected) {
        return new FileRefused(false, FieldProblem.of(field, "error.file.type", detected));
    }

    public static FileRefused empty(String field) {
        return new FileRefused(false, FieldProblem.of(field, "error.file.empty"));
    }

    public boolean isTooLarge() {
        return tooLarge;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
