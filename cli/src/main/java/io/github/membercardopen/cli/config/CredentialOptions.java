package io.github.membercardopen.cli.config;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;

/**
 * Merchant credentials and where to send calls, from flags, else environment variables, else a properties
 * file. Secrets (the private key, the APIv3 key) are files or environment variables, never flag values.
 */
public final class CredentialOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with any of: mchid, merchant-serial, merchant-key, wechatpay-public-key-id, "
                    + "wechatpay-public-key, api-v3-key-file, base-url.")
    Path configFile;

    @Option(names = "--mchid", paramLabel = "MCHID", description = "Merchant id. Env: MEMBERCARD_MCHID.")
    String merchantId;

    @Option(names = "--merchant-serial", paramLabel = "SERIAL",
            description = "Serial number of the merchant API certificate. Env: MEMBERCARD_MERCHANT_SERIAL.")
    String merchantSerial;

    @Option(names = "--merchant-key", paramLabel = "FILE",
            description = "apiclient_key.pem. Env: MEMBERCARD_MERCHANT_KEY_FILE, or the PEM text itself in "
                    + "MEMBERCARD_MERCHANT_KEY.")
    Path merchantKeyFile;

    @Option(names = "--wechatpay-public-key-id", paramLabel = "PUB_KEY_ID_...",
            description = "WeChat Pay public key id. Env: MEMBERCARD_WECHATPAY_PUBLIC_KEY_ID.")
    String publicKeyId;

    @Option(names = "--wechatpay-public-key", paramLabel = "FILE",
            description = "WeChat Pay public key file (pub_key.pem). Env: MEMBERCARD_WECHATPAY_PUBLIC_KEY_FILE.")
    Path publicKeyFile;

    @Option(names = "--api-v3-key-file", paramLabel = "FILE",
            description = "File holding the APIv3 key, for platform-certificate mode. Env: MEMBERCARD_API_V3_KEY_FILE, "
                    + "or the key itself in MEMBERCARD_API_V3_KEY.")
    Path apiV3KeyFile;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where calls go: the live API by default when credentials are given (https://api.mch.weixin.qq.com/), "
                    + "or a standalone sandbox. Env: MEMBERCARD_BASE_URL.")
    String baseUrl;

    /** Resolves flags over {@code environment} over the properties file. */
    public Credentials resolve(Map<String, String> environment) {
        Properties file = load(configFile);
        return new Credentials(
                pick(merchantId, environment.get("MEMBERCARD_MCHID"), file.getProperty("mchid")),
                pick(merchantSerial, environment.get("MEMBERCARD_MERCHANT_SERIAL"), file.getProperty("merchant-serial")),
                path(pick(text(merchantKeyFile), environment.get("MEMBERCARD_MERCHANT_KEY_FILE"),
                        file.getProperty("merchant-key"))),
                environment.get("MEMBERCARD_MERCHANT_KEY"),
                pick(publicKeyId, environment.get("MEMBERCARD_WECHATPAY_PUBLIC_KEY_ID"),
                        file.getProperty("wechatpay-public-key-id")),
                path(pick(text(publicKeyFile), environment.get("MEMBERCARD_WECHATPAY_PUBLIC_KEY_FILE"),
                        file.getProperty("wechatpay-public-key"))),
                path(pick(text(apiV3KeyFile), environment.get("MEMBERCARD_API_V3_KEY_FILE"),
                        file.getProperty("api-v3-key-file"))),
                environment.get("MEMBERCARD_API_V3_KEY"),
                pick(baseUrl, environment.get("MEMBERCARD_BASE_URL"), file.getProperty("base-url")));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (file == null) {
            return properties;
        }
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --config " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pick(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.trim().isEmpty()) {
                return candidate.trim();
            }
        }
        return null;
    }

    private static String text(Path path) {
        return path == null ? null : path.toString();
    }

    private static Path path(String text) {
        return text == null ? null : Paths.get(text);
    }
}
