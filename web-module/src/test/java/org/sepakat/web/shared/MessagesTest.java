package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sepakat.common.Messages;
import org.sepakat.party.entity.CustomerStatus;
import org.sepakat.shared.entity.RuleViolation;

class MessagesTest {

    @Test
    void refusalsAreWordedInTheUsersLanguageWithEnumLabels() {
        RuleViolation refusal = new RuleViolation(
                "BRM-4", "error.customer.transition", "FIN", CustomerStatus.ACTIVE, CustomerStatus.ACTIVE);
        assertThat(Messages.text(Locale.ENGLISH, refusal))
                .isEqualTo("Customer FIN is Active and cannot become Active.");
        assertThat(Messages.text(Locale.forLanguageTag("id"), refusal))
                .isEqualTo("Pelanggan FIN berstatus Aktif dan tidak dapat menjadi Aktif.");
    }

    @Test
    void anUnknownKeyIsShownAsTheKeyRatherThanFailing() {
        assertThat(Messages.text(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
