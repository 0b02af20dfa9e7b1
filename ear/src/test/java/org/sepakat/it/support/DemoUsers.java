package org.sepakat.it.support;

/** The demo registry's users; the password is the server variable's default (demo only). */
public final class DemoUsers {
    public static final String PASSWORD = System.getProperty("sepakat.it.password", "sepakat-demo");
    public static final String ADMIN = "admin";
    public static final String RELMAN = "relman";
    public static final String SLAMAN = "slaman";
    public static final String SUPMAN = "supman";
    public static final String AUDITOR = "auditor";

    private DemoUsers() {}
}
