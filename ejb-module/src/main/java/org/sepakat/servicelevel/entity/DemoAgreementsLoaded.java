package org.sepakat.servicelevel.entity;

import java.util.Map;

/**
 * Fired after the demo SLAs were stored, so other components can add demo data that refers to
 * them (SLA, customer and service ids by reference or code) without reaching into their tables.
 */
public record DemoAgreementsLoaded(
        Map<String, Long> agreementIds, Map<String, Long> customerIds, Map<String, Long> serviceIds) {}
