package io.github.membercardopen.sandbox.junit;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.sandbox.SandboxClients;
import io.github.membercardopen.sandbox.ThrowawayCredentials;
import io.github.membercardopen.sandbox.WechatPaySandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Starts one {@link WechatPaySandbox} per test class (nested classes share their outer class's) with
 * generated keys, and injects into test method parameters and instance fields of these types:
 * {@link WechatPaySandbox}, {@link WechatPayClient} (ours, pointed at the sandbox, public-key mode) and
 * {@link ThrowawayCredentials} (to build any other client). Before each test, faults are switched off and
 * their counts zeroed; imported members are kept for the class (use distinct {@code out_request_no}s or
 * {@link WechatPaySandbox#clearImportedMembers()}).
 * <pre>{@code
 * @ExtendWith(WechatPaySandboxExtension.class)
 * class ImportTest {
 *     @Test
 *     void imports(WechatPayClient client, WechatPaySandbox sandbox) { ... }
 * }
 * }</pre>
 */
public final class WechatPaySandboxExtension
        implements TestInstancePostProcessor, BeforeEachCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(WechatPaySandboxExtension.class);

    /** What one test class runs against. */
    private static final class Running {
        final ThrowawayCredentials credentials;
        final WechatPaySandbox sandbox;
        final WechatPayClient client;

        Running(WechatPaySandboxTest settings) {
            this.credentials = ThrowawayCredentials.generate(settings == null ? "1900000001" : settings.merchantId());
            WechatPaySandbox.Builder builder = WechatPaySandbox.builder().credentials(credentials);
            if (settings != null && settings.platformCertificates()) {
                builder.platformCertificates(credentials);
            }
            this.sandbox = builder.start();
            this.client = SandboxClients.builder(sandbox, credentials).build();
        }

        Object valueOf(Class<?> type) {
            if (type == WechatPaySandbox.class) {
                return sandbox;
            }
            if (type == WechatPayClient.class) {
                return client;
            }
            return type == ThrowawayCredentials.class ? credentials : null;
        }

        void close() {
            client.close();
            sandbox.close();
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        Running running = running(context);
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Object value = running.valueOf(field.getType());
                if (value != null && !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(testInstance, value);
                }
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).sandbox.faults().clear().resetCounts();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (outermostClass(context) == context) {
            Running running = context.getStore(NAMESPACE).remove(Running.class, Running.class);
            if (running != null) {
                running.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WechatPaySandbox.class || type == WechatPayClient.class || type == ThrowawayCredentials.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).valueOf(parameter.getParameter().getType());
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext owner = outermostClass(context);
        WechatPaySandboxTest settings = owner.getRequiredTestClass().getAnnotation(WechatPaySandboxTest.class);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> new Running(settings),
                Running.class);
    }

    /** The context of the top-level test class: its parent is the engine's root context. */
    private static ExtensionContext outermostClass(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().isPresent() && current.getParent().get().getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
