package io.github.membercardopen.auth.crypto;

import java.security.SecureRandom;
import java.util.function.Supplier;

/** Random 32-character alphanumeric nonces, as the official SDKs send. */
public final class Nonces implements Supplier<String> {
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 32;

    private final SecureRandom random = new SecureRandom();

    /** One draw from the random source per nonce, not one per character: each draw takes its lock. */
    @Override
    public String get() {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        char[] nonce = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            nonce[i] = ALPHABET[(bytes[i] & 0xFF) % ALPHABET.length];
        }
        return new String(nonce);
    }
}
