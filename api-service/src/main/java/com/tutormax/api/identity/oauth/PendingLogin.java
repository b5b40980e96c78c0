package com.tutormax.api.identity.oauth;

/** What a sign-in remembers between the redirect to the provider and its callback. */
public record PendingLogin(String provider, String verifier, String nonce, String redirect) {}
