package org.sepakat.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The test server's self-signed certificate, read from the keystore Liberty writes when it first
 * starts (alias {@code default}, password from the build). Only the test client trusts it, and it
 * trusts nothing else: no certificate check is switched off.
 */
public final class TestServerCertificate {

    private static final String ALIAS = "default";

    private TestServerCertificate() {}

    /** TLS that accepts the test server's certificate alone. */
    public static SSLContext trustedAlone() {
        return trustedAlone(
                Path.of(System.getProperty("sepakat.it.keystore")),
                System.getProperty("sepakat.it.keystore.password").toCharArray());
    }

    /** TLS that accepts the certificate of the server whose keystore this is, and no other. */
    public static SSLContext trustedAlone(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore server = KeyStore.getInstance("PKCS12");
            server.load(in, password);
            Certificate certificate = server.getCertificate(ALIAS);
            if (certificate == null) {
                throw new IllegalStateException("no certificate '" + ALIAS + "' in " + keystore);
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("sepakat-test-server", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test server's keystore " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the test server's certificate from " + keystore, e);
        }
    }
}
