package io.github.membercardopen.auth.crypto;

import java.security.SecureRandom;
import java.util.function.Supplier;

/** Random 32-character alphanumeric nonces, as the official SDKs send. */
public final class Nonces implements Supplier<String> {
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        char[] nonce = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            nonce[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(nonce);
    }
}
