package org.sepakat.party.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The field rules every entry path (UI, REST, import) shares, with messages in both languages. */
class CommandValidationTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
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

    private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aValidCustomerPasses() {
        assertThat(VALIDATOR.validate(new CustomerData("FIN-01", "Finance", CustomerKind.INTERNAL, null)))
                .isEmpty();
    }

    @Test
    void missingTooLongAndMalformedFieldsAreNamed() {
        var violations = VALIDATOR.validate(new CustomerData("bad code!", "x".repeat(201), null, null));
        assertThat(fields(violations)).containsExactlyInAnyOrder("code", "name", "kind");
        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .contains("Name must be at most 200 characters.");
    }

    @Test
    void contactEmailAndPhoneAreChecked() {
        var violations = VALIDATOR.validate(new ContactData("Siti", "not-mail", "abc", null));
        assertThat(fields(violations)).containsExactlyInAnyOrder("email", "phone");
    }

    @Test
    void indonesianMessagesExist() {
        Locale.setDefault(Locale.forLanguageTag("id"));
        var violations = Validation.buildDefaultValidatorFactory()
                .getValidator()
                .validate(new CustomerData("", "Finance", CustomerKind.INTERNAL, null));
        assertThat(violations).extracting(ConstraintViolation::getMessage).contains("Kode wajib diisi.");
    }
}
