package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells whoever started the server where to go and how to log in. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Resource(lookup = "sepakat/url")
    String url;

    @Resource(lookup = "sepakat/loginHint")
    String loginHint;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LOG.info(() -> "\n\n    Sepakat is ready at " + url + "\n    " + loginHint + "\n");
    }
}
