package com.tutormax.api.identity.web;

import com.tutormax.api.identity.service.AuthService;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.identity.service.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Password sign-in and the session's token lifecycle. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Auth", description = "Password sign-in, token refresh, sign-out")
class AuthController {

  private final AuthService auth;

  AuthController(AuthService auth) {
    this.auth = auth;
  }

  record LoginRequest(
      @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {}

  record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {}

  record PasswordChange(
      @NotBlank @Size(max = 128) String currentPassword,
      @NotBlank @Size(max = 128) String newPassword) {}

  record Me(
      String id, String email, String name, List<String> roles, String tutorId, String studentId) {}

  @PostMapping("/login")
  @Operation(summary = "Sign in with e-mail and password; every failure answers the same 401")
  Mono<TokenPair> login(@Valid @RequestBody LoginRequest body, ServerHttpRequest request) {
    return auth.login(body.email().trim(), body.password(), ClientInfo.of(request));
  }

  @PostMapping("/refresh")
  @Operation(summary = "Exchange a refresh token for new tokens (the old one stops working)")
  Mono<TokenPair> refresh(@Valid @RequestBody RefreshRequest body, ServerHttpRequest request) {
    return auth.refresh(body.refreshToken(), ClientInfo.of(request));
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke the refresh token's session")
  Mono<Void> logout(@Valid @RequestBody RefreshRequest body, ServerHttpRequest request) {
    return auth.logout(body.refreshToken(), ClientInfo.of(request));
  }

  @GetMapping("/me")
  @Operation(summary = "The signed-in user, from the access token")
  Me me(@AuthenticationPrincipal Jwt jwt) {
    return new Me(
        jwt.getSubject(),
        jwt.getClaimAsString("email"),
        jwt.getClaimAsString("name"),
        jwt.getClaimAsStringList("roles"),
        jwt.getClaimAsString("tutor_id"),
        jwt.getClaimAsString("student_id"));
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Change the signed-in user's password; all sessions are signed out")
  Mono<Void> changePassword(
      @AuthenticationPrincipal Jwt jwt,
      @Valid @RequestBody PasswordChange body,
      ServerHttpRequest request) {
    return auth.changePassword(
        UUID.fromString(jwt.getSubject()),
        body.currentPassword(),
        body.newPassword(),
        ClientInfo.of(request));
  }
}
