package org.learningledger.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in issuer over HTTP: demo users, their tokens, and only for the web interface's origin. */
class IssuerServerTest {

    private static final String UI = "http://localhost:8082";

    @TempDir
    Path dir;
    private IssuerServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = IssuerServer.start(dir, 0, List.of(UI));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenGetUsers_thenEveryDemoUserIsListedWithTheUiAllowed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/users")).header("Origin", UI).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(UI);
        for (String user : DemoOrganisation.userNames()) {
            assertThat(response.body()).contains("\"user\":\"" + user + "\"");
        }
        // what each person is, in both languages of the interface
        assertThat(response.body()).contains("\"en\":\"steward of the Pardubice region\"",
                "\"cs\":\"krajská koordinátorka (steward) Pardubického kraje\"");
    }

    @Test
    void givenADemoUser_whenATokenIsAsked_thenItIsSignedByTheLocalIssuerForThatUser() throws Exception {
        HttpResponse<String> response = send(post(withKey("{\"user\":\"admin\"")).header("Origin", UI));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = JSONObjectUtils.parse(response.body());
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 43200L);
        SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
        assertThat(jwt.verify(new RSASSAVerifier(publicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("admin");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("admin");
    }

    @Test
    void givenAnUnknownUserOrNoBody_thenAProblemNamesTheField() throws Exception {
        for (String body : new String[] {withKey("{\"user\":\"mallory\""), withKey("{")}) {
            HttpResponse<String> response = send(post(body));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"field\":\"user\"");
        }
    }

    @Test
    void givenNoOrAWrongSignInKey_whenATokenIsAsked_then401AndNoToken() throws Exception {
        for (String body : new String[] {"{\"user\":\"admin\"}", "{\"user\":\"admin\",\"key\":\"guess\"}",
                "not json", "{}"}) {
            HttpResponse<String> response = send(post(body));
            assertThat(response.statusCode()).as(body).isEqualTo(401);
            assertThat(response.body()).contains("\"field\":\"key\"").doesNotContain("access_token");
        }
    }

    @Test
    void givenTheIssuersDirectory_thenTheSignInKeyIsLongRandomAndReadableByItsOwnerOnly() throws Exception {
        String key = LocalIssuer.at(dir).signInKey();
        assertThat(key).matches("[A-Za-z0-9_-]{43}").isEqualTo(LocalIssuer.at(dir).signInKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sign-in.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void givenAPageFromAnotherOrigin_thenNoTokenAndNoCorsHeader() throws Exception {
        HttpResponse<String> response = send(post("{\"user\":\"jana\"}").header("Origin", "http://evil.example"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void givenAPreflightFromTheUi_thenPostWithJsonIsAllowed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/token")).header("Origin", UI)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(UI);
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
    }

    /** {@code start} plus the sign-in key and the closing brace: a body as the sign-in page sends it. */
    private String withKey(String start) throws Exception {
        String separator = start.equals("{") ? "" : ",";
        return start + separator + "\"key\":\"" + LocalIssuer.at(dir).signInKey() + "\"}";
    }

    private HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(uri("/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.url() + path);
    }

    private RSAPublicKey publicKey() throws Exception {
        byte[] der = LocalIssuer.Pem.decode(Files.readString(dir.resolve("public.pem")));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
