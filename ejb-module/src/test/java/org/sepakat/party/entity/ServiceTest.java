package org.sepakat.party.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.RuleViolation;

class ServiceTest {

    @Test
    void aServiceGoesFromPipelineToLiveToRetired() {
        Service service = new Service("ERP", "ERP", "Finance", null);
        assertThat(service.getStatus()).isEqualTo(ServiceStatus.PIPELINE);
        service.launch();
        assertThat(service.getStatus()).isEqualTo(ServiceStatus.LIVE);
        assertThatThrownBy(service::launch).isInstanceOf(RuleViolation.class);
        service.retire();
        assertThat(service.getStatus()).isEqualTo(ServiceStatus.RETIRED);
        assertThatThrownBy(service::retire).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(service::launch).isInstanceOf(RuleViolation.class);
    }
}
