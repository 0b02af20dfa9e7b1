package org.sepakat.shared.entity;

/** Fired once the schema migrations have run; components load their start-up data on it. */
public record DatabaseReady(boolean demoDataWanted) {}
