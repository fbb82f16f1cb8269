package org.wic.registry.notification;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates(new MailSettings() {
        @Override
        public String publicUrl() {
            return "https://registry.wic.example";
        }
    });

    @Test
    void anEnglishMessageNamesItsValuesLinksFromThePublicAddressAndEscapesTheHtml() {
        RenderedMessage message = templates.message(NotificationKind.APPLICATION_RECEIVED, new Recipient("amina@networks.example", "Amina <Wanjiru>", Language.EN),
                MessageValues.of("applicationNumber", 1050).with("legalName", "Networks & Co").with("trackingToken", "tok-123").with("linkPath", "/track"),
                List.of());

        assertThat(message.subject()).isEqualTo("We received your application 1050");
        assertThat(message.text()).startsWith("Dear Amina <Wanjiru>,").contains("on behalf of Networks & Co.").contains("Tracking token: tok-123")
                .contains("Track your application:\nhttps://registry.wic.example/track").contains("The WIC Secretariat");
        assertThat(message.html()).contains("<html lang=\"en\">").contains("Dear Amina &lt;Wanjiru&gt;,").contains("Networks &amp; Co")
                .contains("href=\"https://registry.wic.example/track\"").doesNotContain("Amina <Wanjiru>");
    }

    @Test
    void aChineseMessageIsInChinese() {
        RenderedMessage message = templates.message(NotificationKind.INVITATION, new Recipient("li@hz.example", "李华", Language.ZH),
                MessageValues.of("username", "li@hz.example").with("memberNumber", "WIC-000042").with("legalName", "杭州网络").with("linkPath", "/account/set-password/abc"),
                List.of());

        assertThat(message.subject()).isEqualTo("您的世界互联网大会会员门户账户");
        assertThat(message.text()).startsWith("李华，您好：").contains("代表杭州网络（会员编号 WIC-000042）").contains("设置密码:\nhttps://registry.wic.example/account/set-password/abc");
        assertThat(message.html()).contains("<html lang=\"zh\">");
    }

    @Test
    void everyKindHasItsSubjectAndTextInBothLanguages() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Language language : Language.values()) {
                RenderedMessage message = templates.message(kind, new Recipient("a@b.example", "A", language), MessageValues.of("memberNumber", "WIC-000001"),
                        List.of());
                assertThat(message.subject()).as("%s in %s", kind, language).isNotEqualTo(kind.key()).isNotBlank();
                assertThat(message.text().lines().count()).as("%s in %s", kind, language).isGreaterThan(5);
            }
        }
    }

    @Test
    void onlyMailThatCanBeRefusedTellsAMemberHowToRefuseIt() {
        Recipient to = new Recipient("a@b.example", "A", Language.EN);
        MessageValues values = MessageValues.of("memberNumber", "WIC-000001");
        assertThat(templates.message(NotificationKind.PAYMENT_REMINDER, to, values, List.of()).text()).contains("To stop messages other than invoices");
        assertThat(templates.message(NotificationKind.INVOICE_ISSUED, to, values, List.of()).text()).doesNotContain("To stop messages");
    }

    @Test
    void aValueMissingFromTheMessageShowsAsItsNameNotAsNothing() {
        assertThat(MessageTemplates.fill("Invoice {invoiceNumber} of {legalName}", java.util.Map.of("legalName", "X $1 \\ Co")))
                .isEqualTo("Invoice {invoiceNumber} of X $1 \\ Co");
    }
}
