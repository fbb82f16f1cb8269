package org.wic.registry.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders messages and documents with Thymeleaf in its standalone mode: one layout for every message
 * ({@code mail/message.html}, and {@code mail/message.txt} for the plain-text alternative), whose
 * words come from the mail bundle ({@code mail/messages[_zh].properties}) under the kind's key, with
 * {name} replaced by the message's values. Thymeleaf escapes every value in the HTML.
 */
@ApplicationScoped
public class MessageTemplates {

    private static final String BUNDLE = "mail.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final int MAX_PARAGRAPHS = 4;

    @Inject
    private MailSettings settings;

    private TemplateEngine engine;

    /** A label and its value, shown as a table in the HTML and as lines in the text. */
    public record Fact(String label, String value) {
    }

    /** The message's button (or line) with its link. */
    public record Action(String label, String url) {
    }

    MessageTemplates() {
        // for CDI
    }

    /** For tests: the templates with these settings, ready. */
    MessageTemplates(MailSettings settings) {
        this.settings = settings;
        open();
    }

    @PostConstruct
    void open() {
        var resolver = new ClassLoaderTemplateResolver(MessageTemplates.class.getClassLoader());
        resolver.setCharacterEncoding("UTF-8");
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setXmlTemplateModePatterns(Set.of("*.xhtml"));
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** The message of this kind to this recipient, with these values (secrets already in or masked). */
    public RenderedMessage message(NotificationKind kind, Recipient to, MessageValues values, List<Attachment> attachments) {
        ResourceBundle words = bundle(to.language());
        Map<String, String> named = new HashMap<>(values.asMap());
        named.put("recipientName", to.name());
        named.put("organization", word(words, "organization").orElse(""));
        String key = kind.key();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= MAX_PARAGRAPHS; i++) {
            word(words, key + ".p" + i).map(text -> fill(text, named)).filter(text -> !text.isBlank()).ifPresent(paragraphs::add);
        }
        List<Fact> facts = word(words, key + ".facts").stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(name -> named.containsKey(name))
                .map(name -> new Fact(word(words, "value." + name).orElse(name), named.get(name)))
                .toList();
        Optional<Action> action = values.get("linkPath").flatMap(path -> word(words, key + ".action")
                .map(label -> new Action(fill(label, named), settings.publicUrl() + path)));
        String footer = fill(word(words, "footer").orElse(""), named)
                + (kind.optional() && values.get("memberNumber").isPresent() ? " " + word(words, "footer.optOut").orElse("") : "");

        Context context = new Context(to.language().locale());
        context.setVariable("lang", to.language().code());
        context.setVariable("subject", fill(word(words, key + ".subject").orElse(key), named));
        context.setVariable("greeting", fill(word(words, "greeting").orElse(""), named));
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("facts", facts);
        context.setVariable("action", action.orElse(null));
        String signature = fill(word(words, "signature").orElse(""), named);
        context.setVariable("signature", signature);
        context.setVariable("signatureLines", List.of(signature.split("\n")));
        context.setVariable("footer", footer.strip());
        context.setVariable("organization", named.get("organization"));
        return new RenderedMessage((String) context.getVariable("subject"), engine.process("mail/message.txt", context),
                engine.process("mail/message.html", context), attachments);
    }

    /** A document template ({@code documents/*.xhtml}) as well-formed XHTML, for the PDF renderer. */
    public String document(String template, Language language, Map<String, Object> variables) {
        Context context = new Context(language.locale(), variables);
        context.setVariable("words", words(language));
        return engine.process("documents/" + template + ".xhtml", context);
    }

    /** The bundle's words for a document template: {@code ${words.get('invoice.title')}}. */
    public static final class Words {
        private final ResourceBundle bundle;

        Words(ResourceBundle bundle) {
            this.bundle = bundle;
        }

        public String get(String key) {
            return word(bundle, key).orElse(key);
        }

        /** The word with its {name}s replaced. */
        public String fill(String key, Map<String, String> values) {
            return MessageTemplates.fill(get(key), values);
        }
    }

    /** The bundle's words in this language. */
    public Words words(Language language) {
        return new Words(bundle(language));
    }

    private static ResourceBundle bundle(Language language) {
        // no fallback to the server's default locale: English is the base bundle
        return ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(),
                MessageTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Optional<String> word(ResourceBundle words, String key) {
        try {
            return Optional.of(words.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** {name} replaced by its value; a name without a value stays as it is written, so a missing value shows. */
    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group())));
        }
        return matcher.appendTail(filled).toString();
    }
}
