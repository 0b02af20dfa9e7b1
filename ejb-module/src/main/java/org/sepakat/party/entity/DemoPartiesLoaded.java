package org.sepakat.party.entity;

import java.util.Map;

/**
 * Fired after the demo party register was stored, so other components can add demo data that
 * refers to it (ids by code or user name) without reaching into the party register's tables.
 */
public record DemoPartiesLoaded(
        Map<String, Long> customerIds, Map<String, Long> serviceIds, Map<String, String> firstContactOfCustomer) {}
