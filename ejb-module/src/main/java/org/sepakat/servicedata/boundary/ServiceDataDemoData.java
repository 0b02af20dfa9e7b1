package org.sepakat.servicedata.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.sepakat.servicedata.control.BatchStore;
import org.sepakat.servicedata.control.VersionIds;
import org.sepakat.servicedata.control.VersionInserts;
import org.sepakat.servicedata.entity.Channel;
import org.sepakat.servicedata.entity.DemoServiceDataLoaded;
import org.sepakat.servicedata.entity.Interval;
import org.sepakat.servicedata.entity.Outage;
import org.sepakat.servicedata.entity.OutageFacts;
import org.sepakat.servicedata.entity.ReceivedRecord;
import org.sepakat.servicedata.entity.Ticket;
import org.sepakat.servicedata.entity.TicketFacts;
import org.sepakat.servicelevel.entity.DemoAgreementsLoaded;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.persistence.IdBlocks;

/**
 * Three months of tickets and outages for the demo customer FIN on e-mail and ERP, so the
 * service level reviews have something to show: mostly met targets, a slow P1 each month, an
 * unplanned ERP outage and the Sunday patching.
 */
@Stateless
public class ServiceDataDemoData {

    private static final Logger LOG = Logger.getLogger(ServiceDataDemoData.class.getName());
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String DEMO_USER = "system";
    private static final int MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VersionInserts versions;

    @Inject
    IdBlocks ids;

    @Inject
    Event<DemoServiceDataLoaded> loaded;

    public void onDemoAgreements(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoAgreementsLoaded demo) {
        Long finance = demo.customerIds().get("FIN");
        Long erp = demo.serviceIds().get("ERP");
        Long email = demo.serviceIds().get("EMAIL");
        if (finance == null || erp == null || email == null) {
            return;
        }
        Instant now = clock.instant();
        Random random = new Random(2026);
        List<ReceivedRecord> records = new ArrayList<>();
        List<Period> months = new ArrayList<>();
        YearMonth current = YearMonth.now(clock.withZone(JAKARTA));
        for (int back = MONTHS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(Period.of(month));
            records.addAll(tickets(month, finance, erp, email, random, now));
            records.addAll(outages(month, erp, email));
        }
        BatchStore.Stamp stamp = new BatchStore.Stamp(
                DEMO_USER, now, Channel.DEMO, new VersionIds(ids.reserve(records.size()), records.size()));
        List<Ticket> tickets = new ArrayList<>();
        List<Outage> outages = new ArrayList<>();
        for (ReceivedRecord record : records) {
            record.received(DEMO_USER, now);
            em.persist(record);
            if (record instanceof Ticket ticket) {
                tickets.add(ticket);
            } else if (record instanceof Outage outage) {
                outages.add(outage);
            }
        }
        em.flush();
        versions.tickets(
                tickets.stream()
                        .map(t -> new VersionInserts.Version<>(t.getId(), t.getVersion(), t.facts(), List.<String>of()))
                        .toList(),
                stamp);
        versions.outages(
                outages.stream()
                        .map(o -> new VersionInserts.Version<>(o.getId(), o.getVersion(), o.facts(), List.<String>of()))
                        .toList(),
                stamp);
        LOG.info(
                () -> "Demo data loaded: " + records.size() + " tickets and outages of the last " + MONTHS + " months");
        loaded.fire(new DemoServiceDataLoaded(List.copyOf(demo.agreementIds().values()), months));
    }

    private static List<Ticket> tickets(
            YearMonth month, Long customer, Long erp, Long email, Random random, Instant now) {
        List<Ticket> tickets = new ArrayList<>();
        List<LocalDate> workdays = month.atDay(1)
                .datesUntil(month.plusMonths(1).atDay(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
        int count = 30 + random.nextInt(10);
        for (int i = 1; i <= count; i++) {
            LocalDate day = workdays.get(random.nextInt(workdays.size()));
            ZonedDateTime opened = day.atTime(LocalTime.of(8 + random.nextInt(7), random.nextInt(60)))
                    .atZone(JAKARTA);
            boolean incident = random.nextInt(10) < 7;
            String priority = i <= 3 ? "P1" : "P" + (2 + random.nextInt(3));
            // one P1 a month takes two days: the resolution target is missed now and then
            int hours = "P1".equals(priority) ? (i == 3 ? 40 : 2 + random.nextInt(4)) : 4 + random.nextInt(40);
            boolean waiting = !"P1".equals(priority) && random.nextInt(6) == 0;
            List<Interval> pauses = waiting
                    ? List.of(new Interval(
                            opened.plusMinutes(30).toInstant(),
                            opened.plusHours(3).toInstant()))
                    : List.of();
            Ticket ticket = new Ticket("DEMO-" + (incident ? "INC" : "REQ") + "-" + month + "-" + i);
            ticket.record(
                    new TicketFacts(
                            random.nextBoolean() ? erp : email,
                            customer,
                            incident ? "incident" : "request",
                            priority,
                            waiting ? "waiting for customer" : null,
                            opened.toInstant(),
                            opened.plusMinutes(5 + random.nextInt(50)).toInstant(),
                            opened.plusHours(hours + (waiting ? 3 : 0)).toInstant(),
                            pauses),
                    now);
            tickets.add(ticket);
        }
        return tickets;
    }

    /** An unplanned ERP outage on the 10th, the Sunday patching on the first Sunday, e-mail down once. */
    private static List<Outage> outages(YearMonth month, Long erp, Long email) {
        ZonedDateTime unplanned = month.atDay(10).atTime(10, 15).atZone(JAKARTA);
        LocalDate sunday = month.atDay(1)
                .datesUntil(month.atDay(8))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY)
                .findFirst()
                .orElseThrow();
        ZonedDateTime patching = sunday.atTime(22, 0).atZone(JAKARTA);
        ZonedDateTime mailDown = month.atDay(20).atTime(14, 0).atZone(JAKARTA);
        return List.of(
                outage(
                        "DEMO-OUT-ERP-" + month,
                        new OutageFacts(
                                erp,
                                unplanned.toInstant(),
                                unplanned
                                        .plusMinutes(45 + month.getMonthValue() * 5L)
                                        .toInstant(),
                                false,
                                "Database failover")),
                outage(
                        "DEMO-MNT-ERP-" + month,
                        new OutageFacts(
                                erp,
                                patching.toInstant(),
                                patching.plusMinutes(90).toInstant(),
                                true,
                                "Sunday patching")),
                outage(
                        "DEMO-OUT-EMAIL-" + month,
                        new OutageFacts(
                                email,
                                mailDown.toInstant(),
                                mailDown.plusMinutes(20).toInstant(),
                                false,
                                "Mail gateway restart")));
    }

    private static Outage outage(String externalId, OutageFacts facts) {
        Outage outage = new Outage(externalId);
        outage.record(facts);
        return outage;
    }
}
