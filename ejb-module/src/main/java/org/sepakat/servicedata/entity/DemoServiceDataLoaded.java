package org.sepakat.servicedata.entity;

import java.util.List;
import org.sepakat.shared.entity.Period;

/**
 * Fired after the demo's tickets and outages were stored: the demo SLAs (by id) and the months their
 * service data covers, so the measurement engine can review those months at first start.
 */
public record DemoServiceDataLoaded(List<Long> agreementIds, List<Period> months) {

    public DemoServiceDataLoaded {
        agreementIds = List.copyOf(agreementIds);
        months = List.copyOf(months);
    }
}
