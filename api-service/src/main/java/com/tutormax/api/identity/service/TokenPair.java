package com.tutormax.api.identity.service;

/** What a successful sign-in or refresh returns. */
public record TokenPair(
    String accessToken, String tokenType, long expiresIn, String refreshToken) {}
