package org.wic.registry.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages in both working languages: the same keys, none empty, and every key a page names exists. */
class BundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([\\w.\\-]+)'\\]");

    @Test
    void englishAndChineseHaveTheSameKeysAndNoEmptyText() {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void theChineseTextIsChinese() {
        Properties chinese = bundle("messages_zh_CN.properties");
        assertThat(chinese.getProperty("signIn.title")).isEqualTo("登录");
        long translated = chinese.stringPropertyNames().stream().filter(key -> chinese.getProperty(key).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(translated).as("keys in Chinese characters").isGreaterThan(chinese.size() * 9L / 10);
    }

    @Test
    void everyKeyThePagesNameIsInTheBundle() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            pages.filter(path -> path.toString().endsWith(".xhtml")).forEach(page -> {
                try {
                    PAGE_KEY.matcher(Files.readString(page)).results().forEach(match -> named.add(match.group(1)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(named).isNotEmpty();
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(named);
    }

    private static Properties bundle(String name) {
        var properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/wic/registry/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
