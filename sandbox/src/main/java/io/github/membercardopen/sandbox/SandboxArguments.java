package io.github.membercardopen.sandbox;

import java.nio.file.Paths;

/** Parses the standalone sandbox's flags ({@code --flag value} or {@code --flag=value}) into {@link SandboxOptions}. */
final class SandboxArguments {
    static final String USAGE = String.join("\n",
            "Usage: java -jar membercard-open-sandbox.jar [options]",
            "  --host HOST                     address to bind (default 127.0.0.1)",
            "  --port PORT                     port to bind (default 0: any free port)",
            "  --merchant-id MCHID             merchant served (default 1900000001)",
            "  --merchant-certificate FILE     the merchant's apiclient_cert.pem to trust",
            "  --wechatpay-private-key FILE    public-key mode: WeChat Pay's private key ...",
            "  --wechatpay-public-key-id ID    ... and its id, PUB_KEY_ID_...",
            "  --platform-certificate FILE     certificate mode: platform certificate ...",
            "  --platform-private-key FILE     ... its private key ...",
            "  --api-v3-key KEY                ... and the 32-character APIv3 key",
            "  --keys-dir DIR                  where generated keys go (default: a new temporary directory)",
            "  --card ID[:MODE]                a card (repeatable); MODE is SYSTEM_ALLOCATE (default), REAL_TIME",
            "                                  or MERCHANT_DEPOSIT; without any, three sample cards",
            "  --fail-rate SHARE               share of 500 SYSTEM_ERROR answers, 0..1",
            "  --rate-limit-qps QPS            QPS cap; over it, 429 RATELIMIT_EXCEEDED",
            "  --rate-limit-rate SHARE         share of 429 FREQUENCY_LIMITED answers",
            "  --latency-ms MS|MIN-MAX         added latency per import",
            "  --drop-rate SHARE               share of imports processed, then the connection closed unanswered",
            "  --bad-signature-rate SHARE      share of 200 answers with a wrong signature",
            "  --probe-signature-rate SHARE    share of 200 answers with a WECHATPAY/SIGNTEST/ signature",
            "  --seed N                        seed for fault draws and allocated codes",
            "With no key files, keys are generated and written to --keys-dir.");

    private SandboxArguments() {
    }

    /** Throws {@link IllegalArgumentException} naming the bad flag. */
    static SandboxOptions parse(String... args) {
        SandboxOptions options = new SandboxOptions();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int eq = flag.indexOf('=');
            if (eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            try {
                apply(options, flag, value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": not a number: " + value);
            }
        }
        return options;
    }

    private static void apply(SandboxOptions options, String flag, String value) {
        switch (flag) {
            case "--host": options.host = value; break;
            case "--port": options.port = Integer.parseInt(value); break;
            case "--merchant-id": options.merchantId = value; break;
            case "--merchant-certificate": options.merchantCertificate = Paths.get(value); break;
            case "--wechatpay-private-key": options.wechatpayPrivateKey = Paths.get(value); break;
            case "--wechatpay-public-key-id": options.wechatpayPublicKeyId = value; break;
            case "--platform-certificate": options.platformCertificate = Paths.get(value); break;
            case "--platform-private-key": options.platformPrivateKey = Paths.get(value); break;
            case "--api-v3-key": options.apiV3Key = value; break;
            case "--keys-dir": options.keysDirectory = Paths.get(value); break;
            case "--card": options.cards.add(value); break;
            case "--fail-rate": options.failRate = Double.parseDouble(value); break;
            case "--rate-limit-qps": options.rateLimitQps = Double.parseDouble(value); break;
            case "--rate-limit-rate": options.rateLimitRate = Double.parseDouble(value); break;
            case "--latency-ms": options.latency(value); break;
            case "--drop-rate": options.dropRate = Double.parseDouble(value); break;
            case "--bad-signature-rate": options.badSignatureRate = Double.parseDouble(value); break;
            case "--probe-signature-rate": options.probeSignatureRate = Double.parseDouble(value); break;
            case "--seed": options.seed = Long.parseLong(value); break;
            default: throw new IllegalArgumentException("unknown option " + flag);
        }
    }
}
