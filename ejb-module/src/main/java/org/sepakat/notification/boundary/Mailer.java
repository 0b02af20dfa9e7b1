package org.sepakat.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.sepakat.notification.entity.MailRequested;
import org.sepakat.notification.entity.NotificationText;

/**
 * Sends a notification's e-mail on its own thread (called once the notification committed), through the
 * server's mail session {@code mail/sepakat} (SEPAKAT_MAIL=smtp). Without a session nothing is
 * sent; a mail server that refuses is logged and never undoes the notification.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    static final String SESSION = "mail/sepakat";

    @Inject
    MailErrors errors;

    @Resource(lookup = "sepakat/url")
    String applicationUrl;

    @Asynchronous
    public void send(MailRequested request) {
        Session session = session();
        if (session == null) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(request.to()));
            message.setSubject(request.subject(), "UTF-8");
            message.setText(
                    request.body() + "\n\n"
                            + NotificationText.text(request.locale(), "mail.open", List.of(absolute(request.link())))
                            + "\n\n" + NotificationText.text(request.locale(), "mail.footer", List.of()),
                    "UTF-8");
            Transport.send(message);
            LOG.fine(() -> "Mailed " + request.to() + ": " + request.subject());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Notification e-mail to " + request.to() + " could not be sent", e);
            errors.record(request.to(), request.subject(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String absolute(String link) {
        if (link == null || link.isBlank()) {
            return applicationUrl;
        }
        String base = applicationUrl.endsWith("/")
                ? applicationUrl.substring(0, applicationUrl.length() - 1)
                : applicationUrl;
        return base + (link.startsWith("/") ? link : "/" + link);
    }

    private static Session session() {
        try {
            return (Session) new InitialContext().lookup(SESSION);
        } catch (NamingException e) {
            LOG.finest(() -> "No mail session " + SESSION + ": e-mail is off");
            return null;
        }
    }
}
