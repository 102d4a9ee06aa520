package io.github.membercardopen.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The floor no SDK can go under: the three RSA operations of one import (sign the request with the
 * merchant key, OAEP-encrypt the phone number, verify WeChat Pay's answer), in raw JCA with the
 * Signature and Cipher objects reused per thread. Everything an SDK adds shows up as the distance
 * from this figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CryptoFloorBenchmark {
    static final String OAEP = "RSA/ECB/OAEPPadding";
    static final OAEPParameterSpec OAEP_SHA1 =
            new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);

    @Param({"JDK", "ACCP"})
    public BenchProvider provider;

    private Signature requestSigner;
    private Cipher phoneEncryptor;
    private Signature responseVerifier;
    private byte[] requestMessage;
    private byte[] phone;
    private byte[] responseMessage;
    private byte[] responseSignature;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        ImportFixture fixture = new ImportFixture();
        requestSigner = provider.signature("SHA256withRSA");
        requestSigner.initSign(fixture.merchant.getPrivate());
        phoneEncryptor = provider.cipher(OAEP);
        phoneEncryptor.init(Cipher.ENCRYPT_MODE, fixture.wechatpay.getPublic(), OAEP_SHA1);
        responseVerifier = provider.signature("SHA256withRSA");
        responseVerifier.initVerify(fixture.wechatpay.getPublic());

        phone = ImportFixture.PHONE.getBytes(StandardCharsets.UTF_8);
        // The message an import signs, with a ciphertext of the real length in its body.
        String body = "{\"encrypted_phone_number\":\"" + Base64.getEncoder().encodeToString(phoneEncryptor.doFinal(phone))
                + "\",\"out_request_no\":\"" + ImportFixture.OUT_REQUEST_NO + "\"}";
        requestMessage = ImportFixture.requestMessage("POST", ImportFixture.PATH, 1767225600L,
                "593BEC0C930BF1AFEB40B4A08C8FB242", body).getBytes(StandardCharsets.UTF_8);
        String response = ImportFixture.responseMessage(1767225600L, "c5ac7061fccab6bf3e254dcf98995b8c",
                ImportFixture.RESPONSE_BODY);
        responseMessage = response.getBytes(StandardCharsets.UTF_8);
        responseSignature = Base64.getDecoder().decode(ImportFixture.sign(fixture.wechatpay.getPrivate(), response));
    }

    @Benchmark
    public boolean signEncryptVerify(Blackhole blackhole) throws GeneralSecurityException {
        requestSigner.update(requestMessage);
        blackhole.consume(requestSigner.sign());
        blackhole.consume(phoneEncryptor.doFinal(phone));
        responseVerifier.update(responseMessage);
        if (!responseVerifier.verify(responseSignature)) {
            throw new IllegalStateException("the canned response signature did not verify");
        }
        return true;
    }
}
