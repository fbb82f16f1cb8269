package org.wic.registry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends one rendered message over SMTP with Jakarta Mail: HTML with a plain-text alternative, and
 * its attachments. The session is built from {@link MailSettings} (the environment), so no SMTP
 * password is written into the server's configuration files.
 */
@ApplicationScoped
public class Mailer {

    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    private MailSettings settings;

    private volatile Session session;

    /** A connection to the SMTP server for one pass of the dispatcher (logged in when a user is set); the caller closes it. */
    public Transport connect() throws MessagingException {
        Transport transport = session().getTransport("smtp");
        if (settings.user().isPresent()) {
            transport.connect(settings.user().get(), settings.password().orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    /** Sends one message over a connection from {@link #connect}. */
    public void send(Transport transport, Recipient to, RenderedMessage message) throws MessagingException {
        MimeMessage mime = message(session(), to, message);
        transport.sendMessage(mime, mime.getAllRecipients());
    }

    private MimeMessage message(Session session, Recipient to, RenderedMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from()));
        try {
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email(), to.name(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setHeader("Content-Language", to.language().code());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.html(), "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (message.attachments().isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment attachment : message.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            mime.setContent(mixed);
        }
        mime.saveChanges();
        return mime;
    }

    /** One session for the server's life: the settings come from the environment, read at start. */
    private Session session() {
        if (session == null) {
            session = Session.getInstance(properties());
        }
        return session;
    }

    private Properties properties() {
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        switch (settings.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> properties.put("mail.smtp.starttls.enable", "false");
        }
        return properties;
    }
}
