package org.sepakat.servicelevel.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sepakat.servicelevel.entity.CalendarVersion;
import org.sepakat.servicelevel.entity.ServiceCalendar;

/**
 * Keeps every saved version of a calendar (changelog 017): the content a save left, when and by
 * whom. Called in the save's transaction, after the calendar was stamped.
 */
@Dependent
public class CalendarVersions {

    @PersistenceContext
    EntityManager em;

    /** Keeps what {@code calendar} holds now as its next version (the first, for a new calendar). */
    public void keep(ServiceCalendar calendar) {
        em.flush();
        Integer last = em.createNamedQuery(CalendarVersion.LAST_NUMBER, Integer.class)
                .setParameter("calendar", calendar.getId())
                .getSingleResult();
        em.persist(new CalendarVersion(calendar, last == null ? 1 : last + 1));
    }
}
