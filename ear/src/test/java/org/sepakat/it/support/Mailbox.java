package org.sepakat.it.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads a mailbox of the test mail server ({@link MailServer}) over POP3, from inside the
 * application server; the server's SMTP delivers there. Login and password are the address.
 */
public final class Mailbox {

    /** One received e-mail. */
    public record Mail(String subject, String body) {}

    private Mailbox() {}

    public static List<Mail> of(String address) throws MessagingException, IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("SEPAKAT_IT_POP3_PORT", "3110"));
        Store store = Session.getInstance(new Properties()).getStore("pop3");
        store.connect("localhost", port, address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Mail(message.getSubject(), String.valueOf(message.getContent())));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }
}
