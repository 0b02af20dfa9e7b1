package org.sepakat.shared.terms;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement as the measurement engine measures it, whoever owns it: who it is, which data it
 * covers, the zone its periods are cut in, its targets, workload limits and maintenance windows in
 * their agreed order, and the calendars its targets name (a named calendar that is not there is
 * unknown to the owner: its targets are left unmeasured). Immutable; handed out by the owner's
 * boundary and never stored by anyone else.
 */
public record MeasurableAgreement(
        AgreementIdentity identity,
        DataScope scope,
        String timeZone,
        List<TargetTerm> targets,
        List<LimitTerm> limits,
        List<WindowTerm> windows,
        List<CalendarTerm> calendars) {

    public MeasurableAgreement {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(timeZone, "timeZone");
        targets = List.copyOf(targets);
        limits = List.copyOf(limits);
        windows = List.copyOf(windows);
        calendars = List.copyOf(calendars);
    }

    public long id() {
        return identity.id();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Optional<CalendarTerm> calendar(String code) {
        return calendars.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
