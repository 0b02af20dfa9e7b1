package org.sepakat.web.shared;

/** Reads the on/off switches the server configuration hands over as JNDI entries (a Boolean, or text). */
final class ServerSwitches {

    private ServerSwitches() {}

    /** Anything but "true" is off, so a missing or mistyped switch never opens more than the default. */
    static boolean on(Object value) {
        return value != null && "true".equalsIgnoreCase(String.valueOf(value).trim());
    }
}
