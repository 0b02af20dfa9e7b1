package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Tells whoever started the server where to go and who can log in. Never a password: the log is read by
 * more people than the users, and a changed demo password would otherwise be printed too.
 */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Resource(lookup = "sepakat/url")
    String url;

    @Resource(lookup = "sepakat/loginHint")
    String login;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LOG.info(() -> "\n\n    Sepakat is ready at " + url + "\n    " + login + "\n");
    }
}
