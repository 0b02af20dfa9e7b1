package org.sepakat.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The test mail server (GreenMail) in the test JVM: the application server sends to its SMTP
 * port (SEPAKAT_MAIL=smtp), and tests running inside the server read the mailboxes over POP3
 * ({@link Mailbox}). Never started inside the application server.
 */
public final class MailServer {

    private static GreenMail greenMail;

    private MailServer() {}

    /** Starts it unless this is the application server's JVM (which has no test base URL). */
    public static synchronized void startOutsideTheServer() {
        if (System.getProperty("sepakat.it.baseUrl") == null || greenMail != null) {
            return;
        }
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("sepakat.it.smtp.port", 3025), "localhost", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("sepakat.it.pop3.port", 3110), "localhost", ServerSetup.PROTOCOL_POP3)
        });
        greenMail.start();
    }

    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
