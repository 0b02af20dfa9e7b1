package org.sepakat.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.notification.boundary.MailErrors;
import org.sepakat.notification.entity.MailError;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/** The administrator's list of e-mails that could not be sent, newest first, paged by the database. */
@Named
@ViewScoped
public class MailErrorListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailErrors errors;

    @Inject
    UserSession userSession;

    private PagedModel<MailError> model;

    @PostConstruct
    void init() {
        MailErrors boundary = errors;
        model = new PagedModel<MailError>(boundary::list, MailError::getId)
                .inUrl("recipient")
                .exportAs(
                        "failed-emails",
                        ListColumn.of("mailError.failedAt", MailError::getFailedAt),
                        ListColumn.of("mailError.recipient", MailError::getRecipient),
                        ListColumn.of("mailError.subject", MailError::getSubject),
                        ListColumn.of("mailError.reason", MailError::getReason));
    }

    /** The page is the administrator's: anyone else is refused before it renders. */
    public void load() {
        PageGuard.allow(userSession.isAdministrator());
    }

    public PagedModel<MailError> getErrors() {
        return model;
    }
}
