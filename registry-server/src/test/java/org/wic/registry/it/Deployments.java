package org.wic.registry.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;

/**
 * Test archives for in-container tests: the registry's own modules (as built by this reactor)
 * with their libraries, resolved from registry-server's test dependencies, plus the test classes.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * registry-ejb (entities, services, persistence unit, Liquibase) in a WAR of this name, with
     * AssertJ for the test classes that run inside it.
     */
    public static WebArchive domain(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(resolve("org.wic.registry:registry-ejb"))
                .addAsLibraries(resolve("org.assertj:assertj-core"));
    }

    /** registry-ejb and registry-api's classes: the whole API at /{name}/v1 (the EAR serves it at /api/v1). */
    public static WebArchive api(String name) {
        return domain(name).addAsLibraries(resolve("org.wic.registry:registry-api:jar:classes:" + projectVersion()));
    }

    private static File[] resolve(String coordinates) {
        return Maven.resolver().loadPomFromFile("pom.xml").resolve(coordinates).withTransitivity().asFile();
    }

    private static String projectVersion() {
        return Maven.resolver().loadPomFromFile("pom.xml").resolve("org.wic.registry:registry-ejb")
                .withoutTransitivity().asSingleResolvedArtifact().getResolvedVersion();
    }
}
