package org.sepakat.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.notification.boundary.MailErrors;
import org.sepakat.notification.entity.MailError;
import org.sepakat.web.shared.PagedModel;

/** The administrator's list of e-mails that could not be sent, newest first, paged by the database. */
@Named
@ViewScoped
public class MailErrorListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailErrors errors;

    private PagedModel<MailError> model;

    @PostConstruct
    void init() {
        MailErrors boundary = errors;
        model = new PagedModel<>(boundary::list, MailError::getId);
    }

    public PagedModel<MailError> getErrors() {
        return model;
    }
}
