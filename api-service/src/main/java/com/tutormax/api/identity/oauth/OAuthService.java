package com.tutormax.api.identity.oauth;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.Tokens;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.identity.service.AuthService;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.identity.service.TokenPair;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Sign-in through an OIDC provider. The identity is found by its (provider, subject) link; failing
 * that it is linked to the user with the same e-mail, but only when the provider says the e-mail is
 * verified; failing that a user without any role is created (an admin grants roles later).
 */
@Service
public class OAuthService {

  /** A provider offered on the sign-in page. */
  public record ProviderView(String id, String name) {}

  /** Why a sign-in failed, as the dashboard shows it. */
  public static class OAuthFailure extends RuntimeException {
    private final String code;

    OAuthFailure(String code) {
      super(code);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final OAuthProperties properties;
  private final OidcClient oidc;
  private final OAuthStateStore states;
  private final UserRepository users;
  private final AuthService auth;
  private final AuditLog audit;
  private final TransactionalOperator transactions;

  public OAuthService(
      OAuthProperties properties,
      OidcClient oidc,
      OAuthStateStore states,
      UserRepository users,
      AuthService auth,
      AuditLog audit,
      TransactionalOperator transactions) {
    this.properties = properties;
    this.oidc = oidc;
    this.states = states;
    this.users = users;
    this.auth = auth;
    this.audit = audit;
    this.transactions = transactions;
  }

  public List<ProviderView> providers() {
    return properties.providers().entrySet().stream()
        .filter(e -> e.getValue().configured())
        .map(e -> new ProviderView(e.getKey(), e.getValue().name()))
        .sorted(java.util.Comparator.comparing(ProviderView::id))
        .toList();
  }

  private Mono<OAuthProperties.Provider> provider(String id) {
    OAuthProperties.Provider provider = properties.providers().get(id);
    return provider != null && provider.configured()
        ? Mono.just(provider)
        : Mono.error(new OAuthFailure("unknown_provider"));
  }

  /** Starts a sign-in: remembers state, nonce and PKCE verifier; returns the provider's URL. */
  public Mono<String> authorize(String providerId, String redirect) {
    String safeRedirect = safeRedirect(redirect);
    String state = Tokens.newOpaqueToken();
    String nonce = Tokens.newOpaqueToken();
    String verifier = Pkce.newVerifier();
    return provider(providerId)
        .flatMap(
            provider ->
                states
                    .save(state, new PendingLogin(providerId, verifier, nonce, safeRedirect))
                    .then(
                        oidc.authorizationUrl(
                            provider, properties.callbackUrl(providerId), state, nonce, verifier)));
  }

  /** Only a path of our own dashboard: never an open redirect to another site. */
  static String safeRedirect(String redirect) {
    if (redirect == null
        || !redirect.startsWith("/")
        || redirect.startsWith("//")
        || redirect.contains("\\")
        || redirect.length() > 200) {
      return "/";
    }
    return redirect;
  }

  /** Completes a sign-in from the provider's callback. */
  public Mono<SignedIn> callback(String providerId, String code, String state, ClientInfo client) {
    if (code == null || state == null) {
      return Mono.error(new OAuthFailure("invalid_request"));
    }
    return states
        .take(state)
        .switchIfEmpty(Mono.error(new OAuthFailure("invalid_state")))
        .filter(pending -> pending.provider().equals(providerId))
        .switchIfEmpty(Mono.error(new OAuthFailure("invalid_state")))
        .flatMap(
            pending ->
                provider(providerId)
                    .flatMap(
                        p ->
                            oidc.exchange(
                                p, properties.callbackUrl(providerId), code, pending.verifier()))
                    .onErrorMap(
                        e -> !(e instanceof OAuthFailure),
                        e -> new OAuthFailure("token_exchange_failed"))
                    .flatMap(idToken -> signIn(providerId, pending, idToken, client))
                    .map(tokens -> new SignedIn(tokens, pending.redirect())))
        .onErrorResume(
            OAuthFailure.class,
            failure ->
                audit
                    .record(
                        new AuditEntry(
                            null,
                            null,
                            "LOGIN_FAILURE",
                            "oauth",
                            providerId,
                            Outcome.FAILURE,
                            client.ip(),
                            client.userAgent(),
                            failure.code()))
                    .then(Mono.error(failure)));
  }

  /** A completed sign-in and where the dashboard should go next. */
  public record SignedIn(TokenPair tokens, String redirect) {}

  private Mono<TokenPair> signIn(
      String providerId, PendingLogin pending, Jwt idToken, ClientInfo client) {
    if (!pending.nonce().equals(idToken.getClaimAsString("nonce"))) {
      return Mono.error(new OAuthFailure("invalid_nonce"));
    }
    String subject = idToken.getSubject();
    String email = idToken.getClaimAsString("email");
    boolean verified =
        Boolean.parseBoolean(String.valueOf(idToken.getClaims().get("email_verified")));
    Mono<User> user =
        users
            .findByOAuth(providerId, subject)
            .switchIfEmpty(
                Mono.defer(
                    () -> {
                      if (email == null || !verified) {
                        return Mono.error(new OAuthFailure("email_not_verified"));
                      }
                      return transactions.transactional(
                          users
                              .findByEmail(email)
                              .switchIfEmpty(Mono.defer(() -> create(idToken, email, client)))
                              .flatMap(
                                  found ->
                                      users
                                          .linkOAuth(providerId, subject, found.id())
                                          .then(
                                              audit.record(
                                                  new AuditEntry(
                                                      found.id(),
                                                      email,
                                                      "OAUTH_LINK",
                                                      "user",
                                                      found.id().toString(),
                                                      Outcome.SUCCESS,
                                                      client.ip(),
                                                      client.userAgent(),
                                                      providerId)))
                                          .thenReturn(found)));
                    }));
    return user.flatMap(
        found ->
            found.active()
                ? auth.signIn(found, client, "oauth:" + providerId)
                : Mono.error(new OAuthFailure("account_disabled")));
  }

  /** A new person: no password, and no staff role until an admin grants one. */
  private Mono<User> create(Jwt idToken, String email, ClientInfo client) {
    String name = idToken.getClaimAsString("name");
    User user =
        new User(
            UUID.randomUUID(),
            email,
            name == null || name.isBlank() ? email : name,
            null,
            User.Status.ACTIVE,
            null,
            null,
            0,
            null,
            EnumSet.noneOf(Role.class));
    return users
        .insert(user)
        .flatMap(
            created ->
                audit
                    .record(
                        new AuditEntry(
                            created.id(),
                            email,
                            "USER_CREATE",
                            "user",
                            created.id().toString(),
                            Outcome.SUCCESS,
                            client.ip(),
                            client.userAgent(),
                            "oauth sign-in, no roles"))
                    .thenReturn(created));
  }
}
