package io.github.membercardopen.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;
import io.github.membercardopen.spec.WechatPayEncrypted;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptedFieldsTest {
    static class Member {
        @WechatPayEncrypted
        @SerializedName("phone_number")
        String phone;
        @SerializedName("name")
        String name;
    }

    static class Batch {
        @WechatPayEncrypted
        @SerializedName("encrypted_phone_number")
        String phone;
        @SerializedName("member_information")
        Member member;
        @SerializedName("members")
        List<Member> members;
        @SerializedName("note")
        String note;
    }

    static class Plain {
        String text;
    }

    private final EncryptedFields fields = new EncryptedFields();
    private final Gson gson = new Gson();

    @Test
    void encryptsTopLevelNestedAndListFieldsNamingTheirPaths() {
        Batch batch = new Batch();
        batch.phone = "13800138000";
        batch.member = member("13900139000");
        batch.members = Arrays.asList(member("13700137000"), member("13600136000"));
        batch.note = "13800138000";
        JsonElement json = gson.toJsonTree(batch);

        fields.encrypt(json, Batch.class, (path, plain) -> "enc(" + path + ":" + plain + ")");

        assertEquals("enc(encrypted_phone_number:13800138000)", json.getAsJsonObject().get("encrypted_phone_number").getAsString());
        assertEquals("enc(member_information.phone_number:13900139000)",
                json.getAsJsonObject().getAsJsonObject("member_information").get("phone_number").getAsString());
        assertEquals("enc(members[1].phone_number:13600136000)",
                json.getAsJsonObject().getAsJsonArray("members").get(1).getAsJsonObject().get("phone_number").getAsString());
        assertEquals("13800138000", json.getAsJsonObject().get("note").getAsString());
        assertEquals("13800138000", batch.phone, "the caller's object is never touched");
    }

    @Test
    void typesWithoutMarkedFieldsNeedNothing() {
        assertFalse(fields.any(Plain.class));
        assertFalse(fields.any(String.class));
        assertTrue(fields.any(Batch.class));
    }

    private static Member member(String phone) {
        Member member = new Member();
        member.phone = phone;
        member.name = "n";
        return member;
    }
}
