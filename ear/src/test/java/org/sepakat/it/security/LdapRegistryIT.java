package org.sepakat.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.Api.Reply;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.LoginForm;
import org.sepakat.it.support.RawHttp;
import org.sepakat.it.support.RawHttp.Answer;
import org.sepakat.it.support.Unique;

/**
 * The LDAP user registry include (liberty-config includes/registry-ldap.xml) against a real
 * in-memory directory: directory groups named like the roles grant those roles.
 * Runs in its own server start with SEPAKAT_REGISTRY=ldap (failsafe execution "it-ldap").
 */
@Tag("ldap")
class LdapRegistryIT extends DeployedEar {

    static final String BASE = "dc=sepakat,dc=example";
    private static InMemoryDirectoryServer directory;

    @BeforeAll
    static void startDirectory() throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(
                System.getProperty("sepakat.it.ldap.bindDn"), System.getProperty("sepakat.it.ldap.bindPassword"));
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("default", Integer.getInteger("sepakat.it.ldap.port")));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: sepakat");
        directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        person("lina", "Lina Hubungan", "lina-secret");
        person("adi", "Adi Pemeriksa", "adi-secret");
        group("relationship-manager", "lina");
        group("auditor", "adi");
        directory.startListening();
    }

    private static void person(String uid, String name, String password) throws LDAPException, LDIFException {
        directory.add(
                "dn: uid=" + uid + ",ou=people," + BASE,
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + name,
                "sn: " + name.substring(name.indexOf(' ') + 1),
                "mail: " + uid + "@sepakat.example",
                "userPassword: " + password);
    }

    private static void group(String cn, String member) throws LDAPException, LDIFException {
        directory.add(
                "dn: cn=" + cn + ",ou=groups," + BASE,
                "objectClass: groupOfNames",
                "cn: " + cn,
                "member: uid=" + member + ",ou=people," + BASE);
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @Test
    @DisplayName("X-4: a directory user in group relationship-manager may register customers")
    void relationshipManagerFromTheDirectoryCanWrite() {
        Api lina = Api.as("lina", "lina-secret");
        assertThat(lina.get("api/v1/customers").status()).isEqualTo(200);
        Reply created = lina.post(
                "api/v1/customers",
                "{\"code\":\"" + Unique.code("LDAP") + "\",\"name\":\"Dari direktori\",\"kind\":\"INTERNAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("createdBy")).isEqualTo("lina");

        var staff = lina.get("api/v1/staff?username=lina")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(staff.getString("displayName"))
                .as("taken from the directory at sign-in")
                .isEqualTo("Lina Hubungan");
        assertThat(staff.getString("email")).isEqualTo("lina@sepakat.example");
    }

    @Test
    @DisplayName("X-4: a directory auditor reads but may not write; wrong passwords and unknown users are refused")
    void auditorAndStrangersAreLimited() {
        Api adi = Api.as("adi", "adi-secret");
        assertThat(adi.get("api/v1/customers").status()).isEqualTo(200);
        assertThat(adi.post(
                                "api/v1/customers",
                                "{\"code\":\"" + Unique.code("NO") + "\",\"name\":\"x\",\"kind\":\"INTERNAL\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as("lina", "wrong").get("api/v1/customers").status()).isEqualTo(401);
        assertThat(Api.as("admin", "sepakat-demo").get("api/v1/customers").status())
                .as("the demo registry is not active when LDAP is")
                .isEqualTo(401);
    }

    @Test
    @DisplayName(
            "X-4: a directory user signs in through the login form and reaches the pages; a wrong password does not")
    void directoryUserSignsInThroughTheForm() {
        RawHttp browser = RawHttp.from("127.0.0.1");
        Answer wrong = LoginForm.signIn(browser, "adi", "wrong", null);
        assertThat(wrong.cookie(LoginForm.SSO)).isNull();
        assertThat(wrong.header("Location")).endsWith("/login.xhtml?failed=true");
        Answer signedIn = LoginForm.signIn(browser, "adi", "adi-secret", null);
        assertThat(signedIn.cookie(LoginForm.SSO)).isNotNull();
        Answer start = browser.get("index.xhtml");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Adi Pemeriksa");
    }
}
