package io.github.membercardopen.cli.e2e;

import io.github.membercardopen.sandbox.CodeMode;
import io.github.membercardopen.sandbox.ImportedMember;
import io.github.membercardopen.sandbox.ThrowawayCredentials;
import io.github.membercardopen.sandbox.WechatPaySandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sandbox in the test JVM with throwaway credentials written to a directory, and the CLI flags that point
 * an import at it: the CLI sees a real merchant configuration, the test sees what the sandbox imported.
 */
final class SandboxTarget implements AutoCloseable {
    static final String CARD_ID = "pCliTestCard000000000000000001";

    final ThrowawayCredentials credentials = ThrowawayCredentials.generate("1900000042");
    final WechatPaySandbox sandbox;
    final Path keys;

    SandboxTarget(Path keys, long seed) {
        this.keys = keys;
        credentials.writeTo(keys);
        this.sandbox = WechatPaySandbox.builder().credentials(credentials).card(CARD_ID, CodeMode.SYSTEM_ALLOCATE)
                .seed(seed).threads(8).start();
    }

    List<String> importArgs(Path input, Path state, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--card-id", CARD_ID, "--input", input.toString(),
                "--state", state.toString(),
                "--mchid", credentials.merchantId(),
                "--merchant-serial", credentials.merchantSerialNumber(),
                "--merchant-key", keys.resolve(ThrowawayCredentials.MERCHANT_KEY_FILE).toString(),
                "--wechatpay-public-key-id", credentials.publicKeyId(),
                "--wechatpay-public-key", keys.resolve(ThrowawayCredentials.WECHATPAY_PUBLIC_KEY_FILE).toString(),
                "--base-url", sandbox.baseUrl()));
        Collections.addAll(args, extra);
        return args;
    }

    /** How many distinct imports each phone got: exactly-once means every value is 1. */
    Map<String, Integer> importsPerPhone() {
        Map<String, Integer> counts = new HashMap<>();
        for (ImportedMember member : sandbox.importedMembers()) {
            counts.merge(member.phoneNumber(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
