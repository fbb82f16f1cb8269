package org.wic.registry.it.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the test registry sends to (REGISTRY_SMTP_HOST/PORT in the build): GreenMail on
 * {@code registry.smtp-port}, up only while a mail test runs (the rest of the suite's mail fails and
 * is retried until FAILED). Messages are found by recipient, so tests own theirs.
 */
public final class Mailbox implements AutoCloseable {

    static final int PORT = Integer.getInteger("registry.smtp-port", 28025);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private GreenMail server;

    private Mailbox() {
    }

    public static Mailbox open() {
        var mailbox = new Mailbox();
        mailbox.start();
        return mailbox;
    }

    public void start() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The messages to this address so far. */
    public List<Mail> to(String address) {
        var found = new ArrayList<Mail>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().toLowerCase().contains(address.toLowerCase()))) {
                    found.add(Mail.of(message));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits (up to a minute) for a message to this address whose subject contains this text. */
    public Mail await(String address, String subjectContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<Mail> mail = to(address).stream().filter(found -> found.subject().contains(subjectContains)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            sleep(200);
        }
        throw new AssertionError("no message \"" + subjectContains + "\" to " + address + " within a minute; received: "
                + to(address).stream().map(Mail::subject).toList());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A received message: subject, language, text and HTML bodies, attachments. */
    public record Mail(String subject, String language, String text, String html, List<Attachment> attachments) {

        static Mail of(MimeMessage message) {
            try {
                var parts = new Parts();
                parts.read(message);
                return new Mail(message.getSubject(), message.getHeader("Content-Language", null), parts.text, parts.html, parts.attachments);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The HTML body in a file of this name under target/mail, for a browser to show. */
        public java.nio.file.Path saveHtml(String name) {
            try {
                java.nio.file.Path file = java.nio.file.Path.of("target", "mail", name + ".html").toAbsolutePath();
                java.nio.file.Files.createDirectories(file.getParent());
                return java.nio.file.Files.writeString(file, html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The links in the plain text. */
        public List<String> links() {
            Matcher matcher = LINK.matcher(text);
            var links = new ArrayList<String>();
            while (matcher.find()) {
                links.add(matcher.group());
            }
            return links;
        }
    }

    /** An attached file. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        /** The PDF's first page as a PNG image (PDFBox renders it), to look at. */
        public void firstPageAsPng(java.nio.file.Path png) {
            try (PDDocument pdf = Loader.loadPDF(content)) {
                java.nio.file.Files.createDirectories(png.getParent());
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", png.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text of a PDF, as PDFBox extracts it. */
        public String pdfText() {
            try (PDDocument pdf = Loader.loadPDF(content)) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Parts {
        private String text = "";
        private String html = "";
        private final List<Attachment> attachments = new ArrayList<>();

        void read(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
                }
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    read(body);
                }
            }
        }
    }
}
