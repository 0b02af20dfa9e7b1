package org.sepakat.risk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskFinding;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.Roles;

/**
 * Opens a risk, with its history, in a transaction of its own, for {@link Risks#raise} only: when
 * another server opened one for the same key a moment earlier, the unique open key refuses this
 * insert and only this transaction rolls back; the caller's stays intact and reads the one that won.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER})
public class RiskOpening {

    @Inject
    History history;

    /**
     * @param actor who the history names as having opened it
     * @return the new risk's id
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long open(RiskFinding finding, String owner, String actor) {
        return history.createdBy(actor, new Risk(finding, owner)).getId();
    }
}
