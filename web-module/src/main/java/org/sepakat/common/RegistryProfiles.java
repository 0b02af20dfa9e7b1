package org.sepakat.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Hashtable;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * The name and e-mail the user registry holds for a user. Only an LDAP directory has them
 * (includes/registry-ldap.xml binds its address under {@code sepakat/ldap/*}); with the demo
 * registry there is nothing to read and the staff profile stays as an administrator set it.
 */
@ApplicationScoped
public class RegistryProfiles {

    private static final Logger LOG = Logger.getLogger(RegistryProfiles.class.getName());
    private static final String USER_FILTER = "(&(objectClass=inetOrgPerson)(uid={0}))";

    /** What the directory says of a user; either part may be missing. */
    public record Profile(String displayName, String email) {
        static final Profile NONE = new Profile(null, null);
    }

    public Profile of(String username) {
        Optional<Hashtable<String, String>> directory = directory();
        if (directory.isEmpty()) {
            return Profile.NONE;
        }
        DirContext context = null;
        try {
            context = new InitialDirContext(directory.get());
            SearchControls controls = new SearchControls(
                    SearchControls.SUBTREE_SCOPE, 1, 5000, new String[] {"displayName", "cn", "mail"}, false, false);
            NamingEnumeration<SearchResult> found =
                    context.search(lookup("sepakat/ldap/base"), USER_FILTER, new Object[] {username}, controls);
            if (!found.hasMore()) {
                return Profile.NONE;
            }
            Attributes attributes = found.next().getAttributes();
            String name = value(attributes.get("displayName"));
            return new Profile(name != null ? name : value(attributes.get("cn")), value(attributes.get("mail")));
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Cannot read the directory profile of " + username + ": " + e.getMessage());
            return Profile.NONE;
        } finally {
            close(context);
        }
    }

    private Optional<Hashtable<String, String>> directory() {
        String url;
        try {
            url = lookup("sepakat/ldap/url");
        } catch (NameNotFoundException e) {
            return Optional.empty();
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Directory settings unreadable: " + e.getMessage());
            return Optional.empty();
        }
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        try {
            String bindDn = lookup("sepakat/ldap/bindDn");
            if (bindDn != null && !bindDn.isBlank()) {
                env.put(Context.SECURITY_AUTHENTICATION, "simple");
                env.put(Context.SECURITY_PRINCIPAL, bindDn);
                env.put(Context.SECURITY_CREDENTIALS, lookup("sepakat/ldap/bindPassword"));
            }
        } catch (NamingException e) {
            LOG.log(Level.FINE, "anonymous directory access", e);
        }
        return Optional.of(env);
    }

    private static String lookup(String name) throws NamingException {
        Object value = new InitialContext().lookup(name);
        return value == null ? null : String.valueOf(value);
    }

    private static String value(Attribute attribute) throws NamingException {
        return attribute == null || attribute.size() == 0 ? null : String.valueOf(attribute.get());
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                LOG.log(Level.FINE, "closing the directory connection", e);
            }
        }
    }
}
