package org.sepakat.improvement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The field rules of the improvement register's commands, with messages in both languages. */
class ImprovementCommandValidationTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static Validator validator() {
        return Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aValidImprovementPasses() {
        assertThat(validator()
                        .validate(new ImprovementData(
                                "Faster response",
                                "Missed twice",
                                SourceKind.MANUAL,
                                null,
                                null,
                                null,
                                "slaman",
                                LocalDate.of(2026, 12, 1),
                                ImprovementPriority.MEDIUM,
                                null)))
                .isEmpty();
    }

    @Test
    void missingAndTooLongFieldsAreNamed() {
        var violations = validator()
                .validate(new ImprovementData(
                        " ", "x".repeat(4001), null, "r".repeat(201), null, null, "", null, null, null));
        assertThat(fields(violations))
                .containsExactlyInAnyOrder(
                        "title", "description", "sourceKind", "sourceReference", "owner", "dueOn", "priority");
        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .contains("Description must be at most 4000 characters.", "Due date is required.");
    }

    @Test
    void closingNeedsTextAndTheVersionRead() {
        assertThat(fields(validator().validate(new OutcomeData(" ", null))))
                .containsExactlyInAnyOrder("outcome", "version");
        assertThat(fields(validator().validate(new RejectionData(null, 3L)))).containsExactly("reason");
    }

    @Test
    void indonesianMessagesExist() {
        Locale.setDefault(Locale.forLanguageTag("id"));
        assertThat(validator().validate(new RejectionData("", 1L)))
                .extracting(ConstraintViolation::getMessage)
                .contains("Berikan alasannya.");
    }
}
