package io.github.membercardopen.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.github.membercardopen.spec.WechatPayEncrypted;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;

/**
 * Finds the {@link WechatPayEncrypted} fields of a request type, nested objects and lists included, and
 * replaces their values in a JSON tree. The plan per type is computed once; a type without such fields
 * has an empty plan and costs nothing.
 */
final class EncryptedFields {
    private final Map<Type, Plan> plans = new ConcurrentHashMap<>();

    /** Whether anything in {@code type} needs encryption. */
    boolean any(Type type) {
        return !planFor(type).isEmpty();
    }

    /**
     * Replaces each marked string in {@code json} by {@code encrypt.apply(jsonPath, plaintext)}; the path
     * (for example {@code member_information.encrypted_phone_number}) names the field in errors.
     */
    void encrypt(JsonElement json, Type type, BinaryOperator<String> encrypt) {
        planFor(type).apply(json, "", encrypt);
    }

    private Plan planFor(Type type) {
        Plan plan = plans.get(type);
        if (plan == null) {
            plan = Plan.of(type, 0);
            plans.put(type, plan);
        }
        return plan;
    }

    /** What to do with each JSON member of an object: encrypt it, descend into it, or each element of it. */
    private static final class Plan {
        private static final Plan EMPTY = new Plan(new LinkedHashMap<>(), false);
        private static final int MAX_DEPTH = 16;

        private final Map<String, Plan> members;
        private final boolean encryptHere;

        private Plan(Map<String, Plan> members, boolean encryptHere) {
            this.members = members;
            this.encryptHere = encryptHere;
        }

        boolean isEmpty() {
            return !encryptHere && members.isEmpty();
        }

        static Plan of(Type type, int depth) {
            Class<?> raw = rawType(type);
            if (raw == null || depth > MAX_DEPTH || isPlatformType(raw)) {
                if (raw != null && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
                    return of(((ParameterizedType) type).getActualTypeArguments()[0], depth + 1);
                }
                return EMPTY;
            }
            Map<String, Plan> members = new LinkedHashMap<>();
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Plan member = field.isAnnotationPresent(WechatPayEncrypted.class)
                            ? new Plan(new LinkedHashMap<>(), true)
                            : of(field.getGenericType(), depth + 1);
                    if (!member.isEmpty()) {
                        members.put(jsonName(field), member);
                    }
                }
            }
            return members.isEmpty() ? EMPTY : new Plan(members, false);
        }

        /** Applies to an object, or to each element when the JSON is an array of such objects. */
        void apply(JsonElement json, String path, BinaryOperator<String> encrypt) {
            if (json instanceof JsonArray) {
                int index = 0;
                for (JsonElement element : (JsonArray) json) {
                    apply(element, path + "[" + index++ + "]", encrypt);
                }
                return;
            }
            if (!(json instanceof JsonObject)) {
                return;
            }
            JsonObject object = (JsonObject) json;
            for (Map.Entry<String, Plan> member : members.entrySet()) {
                JsonElement value = object.get(member.getKey());
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (value == null || value.isJsonNull()) {
                    continue;
                }
                if (member.getValue().encryptHere && value.isJsonPrimitive()) {
                    object.addProperty(member.getKey(), encrypt.apply(memberPath, value.getAsString()));
                } else {
                    member.getValue().apply(value, memberPath, encrypt);
                }
            }
        }

        private static String jsonName(Field field) {
            SerializedName name = field.getAnnotation(SerializedName.class);
            return name == null ? field.getName() : name.value();
        }

        private static Class<?> rawType(Type type) {
            if (type instanceof Class) {
                return (Class<?>) type;
            }
            if (type instanceof ParameterizedType) {
                return (Class<?>) ((ParameterizedType) type).getRawType();
            }
            return null;
        }

        private static boolean isPlatformType(Class<?> raw) {
            String name = raw.getName();
            return raw.isPrimitive() || raw.isEnum() || raw.isArray() || name.startsWith("java.")
                    || name.startsWith("javax.") || name.startsWith("com.google.gson.") || name.startsWith("okhttp3.");
        }
    }
}
