package org.wic.registry.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The console is a caller of the domain like the API: services only, never the persistence context or an entity's change. */
@AnalyzeClasses(packages = "org.wic.registry.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

    private static final String WEB = "org.wic.registry.web..";

    @ArchTest
    static final ArchRule consoleNeverTouchesThePersistenceContext = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("the console calls services, which call repositories");

    @ArchTest
    static final ArchRule consoleNeverChangesAnEntity = noClasses().that().resideInAPackage(WEB)
            .should().callMethodWhere(DescribedPredicate.describe("a method of an @Entity that changes it (returns void)",
                    (JavaMethodCall call) -> call.getTargetOwner().isAnnotatedWith(Entity.class)
                            && call.getTarget().getRawReturnType().getName().equals("void")))
            .because("every change goes through a service, which checks the caller, audits it and holds the transaction");

    @ArchTest
    static final ArchRule consolePackagesHaveNoCycles = slices().matching("org.wic.registry.web.(*)..").should().beFreeOfCycles();
}
