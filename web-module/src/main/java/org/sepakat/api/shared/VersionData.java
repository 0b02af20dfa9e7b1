package org.sepakat.api.shared;

/** Body of a lifecycle action: the version of the record the caller read. */
public record VersionData(Long version) {}
