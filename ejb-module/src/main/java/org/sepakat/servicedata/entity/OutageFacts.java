package org.sepakat.servicedata.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An outage as received; {@code ends} is empty while it goes on. */
public record OutageFacts(Long serviceId, Instant starts, Instant ends, boolean planned, String description) {

    /** Whether the two spans share any moment; an ongoing outage reaches into the future. */
    public boolean overlaps(Instant otherStarts, Instant otherEnds) {
        boolean startsBeforeOtherEnds = otherEnds == null || starts.isBefore(otherEnds);
        boolean otherStartsBeforeEnd = ends == null || otherStarts.isBefore(ends);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    /** The names of the fields (as a delivery names them) whose values differ from {@code before}. */
    public List<String> changedFrom(OutageFacts before) {
        List<String> changed = new ArrayList<>();
        Fields.compare(changed, "service", before.serviceId, serviceId);
        Fields.compare(changed, "starts", before.starts, starts);
        Fields.compare(changed, "ends", before.ends, ends);
        Fields.compare(changed, "planned", before.planned, planned);
        Fields.compare(changed, "description", before.description, description);
        return changed;
    }
}
