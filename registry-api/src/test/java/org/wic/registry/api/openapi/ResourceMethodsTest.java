package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceMethodsTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyResourceIsListedSoThatItsRolesReachTheDocument() throws IOException {
        assertThat(ResourceMethods.RESOURCES).containsExactlyInAnyOrderElementsOf(resources());
    }

    @Test
    void everyExampleAnAnswerNeedsIsInTheFileAndEveryOneThereIsUsed() {
        Set<String> referred = ResourceMethods.RESOURCES.stream()
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .flatMap(ResourceMethodsTest::examples)
                .map(ExampleObject::externalValue).filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        ResourceMethods.RESOURCES.stream().flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .flatMap(method -> Arrays.stream(method.getAnnotationsByType(APIResponse.class)))
                .filter(response -> response.responseCode().startsWith("2"))
                .flatMap(response -> Arrays.stream(response.content()))
                .filter(content -> content.examples().length == 0)
                .flatMap(content -> SharedExamples.schemaName(content.schema()).stream())
                .forEach(referred::add);
        Map<String, Object> shared = SharedExamples.all();

        assertThat(referred).isNotEmpty();
        assertThat(shared.keySet()).containsExactlyInAnyOrderElementsOf(referred);
    }

    @Test
    void everyDescriptionInTheFileBelongsToAnOperationWithoutOneOfItsOwn() {
        Map<String, org.eclipse.microprofile.openapi.annotations.Operation> operations = ResourceMethods.RESOURCES.stream()
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.Operation.class))
                .map(method -> method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class))
                .collect(Collectors.toMap(org.eclipse.microprofile.openapi.annotations.Operation::operationId, operation -> operation));

        assertThat(operations.keySet()).containsAll(OperationDescriptions.all().stringPropertyNames());
        OperationDescriptions.all().stringPropertyNames().forEach(id ->
                assertThat(operations.get(id).description()).as("%s says it twice", id).isEmpty());
        assertThat(OperationDescriptions.all().getProperty("updateMember")).contains("merge patch (RFC 7396)");
    }

    private static List<Class<?>> resources() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/wic/registry/api"))) {
            return files.filter(file -> file.toString().endsWith("Resource.class"))
                    .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ResourceMethodsTest::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The examples of a method's responses and request body. */
    private static Stream<ExampleObject> examples(Method method) {
        return Stream.concat(Stream.of(method), Arrays.stream(method.getParameters()).map(AnnotatedElement.class::cast))
                .flatMap(element -> Arrays.stream(element.getAnnotations()))
                .flatMap(ResourceMethodsTest::nested);
    }

    /** Every ExampleObject inside an annotation, however deep (APIResponse → Content → ExampleObject). */
    private static Stream<ExampleObject> nested(java.lang.annotation.Annotation annotation) {
        if (annotation instanceof ExampleObject example) {
            return Stream.of(example);
        }
        return Arrays.stream(annotation.annotationType().getDeclaredMethods())
                .filter(member -> member.getParameterCount() == 0)
                .flatMap(member -> {
                    try {
                        Object value = member.invoke(annotation);
                        if (value instanceof java.lang.annotation.Annotation inner) {
                            return nested(inner);
                        }
                        if (value instanceof java.lang.annotation.Annotation[] inners) {
                            return Arrays.stream(inners).flatMap(ResourceMethodsTest::nested);
                        }
                        return Stream.empty();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
