package org.sepakat.party.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sepakat.party.entity.Service;
import org.sepakat.party.entity.ServiceData;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;

/** The services catalogue: what the provider delivers and who owns each service. */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class ServiceCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    public Page<Service> list(PageRequest request) {
        return PagedQuery.of(em, Service.class)
                .sortable("code", "name", "status", "changedAt")
                .defaultSort("code", true)
                .textFilter("code", "code")
                .textFilter("name", "name")
                .equalsFilter("status", "status")
                .fetch(request);
    }

    /** Every service not retired, for choosers. */
    public List<Service> offered() {
        return em.createQuery(
                        "SELECT s FROM Service s WHERE s.status <> org.sepakat.party.entity.ServiceStatus.RETIRED ORDER BY s.code",
                        Service.class)
                .getResultList();
    }

    /** Service ids by code, for the codes that exist; one query per 500 codes. */
    public Map<String, Long> idsByCode(Collection<String> codes) {
        return InChunks.query(
                        codes,
                        chunk -> em.createQuery(
                                        "SELECT s.code, s.id FROM Service s WHERE s.code IN :codes", Object[].class)
                                .setParameter("codes", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** Service codes by id, to show records that refer to services by id. */
    public Map<Long, String> codesById(Collection<Long> ids) {
        return InChunks.query(
                        ids,
                        chunk -> em.createQuery("SELECT s.id, s.code FROM Service s WHERE s.id IN :ids", Object[].class)
                                .setParameter("ids", chunk)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    public Service find(Long id) {
        return Records.require(em, Service.class, id);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Service create(ServiceData data) {
        input.valid(data);
        UniqueKey.require(
                em, Service.class, Service.FIND_BY_CODE, "code", data.code().trim(), null);
        return history.created(
                new Service(data.code().trim(), data.name().trim(), blankToNull(data.description()), owner(data)));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Service update(Long id, ServiceData data) {
        input.valid(data);
        Service service = Records.asRead(em, Service.class, id, data.version());
        UniqueKey.require(
                em, Service.class, Service.FIND_BY_CODE, "code", data.code().trim(), id);
        Staff owner = owner(data);
        return history.change(service, s -> {
            s.recode(data.code().trim());
            s.describe(data.name().trim(), blankToNull(data.description()), owner);
        });
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Service launch(Long id, long version) {
        Service service = Records.asRead(em, Service.class, id, version);
        return history.change(service, Service::launch);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public Service retire(Long id, long version) {
        Service service = Records.asRead(em, Service.class, id, version);
        return history.change(service, Service::retire);
    }

    private Staff owner(ServiceData data) {
        if (data.ownerId() == null) {
            return null;
        }
        Staff owner = em.find(Staff.class, data.ownerId());
        if (owner == null) {
            throw InvalidInput.of("ownerId", "error.staff.unknown", data.ownerId());
        }
        return owner;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
