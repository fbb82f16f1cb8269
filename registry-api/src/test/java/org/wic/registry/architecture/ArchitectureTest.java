package org.wic.registry.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The floors of the registry, kept by rule (docs/architecture.md draws them): the API over the
 * domain and never the other way, the domain's packages without cycles, each repository beside
 * its aggregate, and the persistence context only behind repositories.
 */
@AnalyzeClasses(packages = "org.wic.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String API = "org.wic.registry.api..";

    @ArchTest
    static final ArchRule domainNeverImportsTheApi = noClasses().that().resideOutsideOfPackage(API)
            .should().dependOnClassesThat().resideInAPackage(API)
            .because("registry-ejb is the domain; the REST API is one of its callers (the console will be another)");

    @ArchTest
    static final ArchRule apiNeverTouchesThePersistenceContext = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("the API calls services, which call repositories");

    @ArchTest
    static final ArchRule apiNeverChangesAnEntity = noClasses().that().resideInAPackage(API)
            .should().callMethodWhere(changesAnEntity())
            .because("every change goes through a service, which checks the caller, audits it and holds the transaction");

    @ArchTest
    static final ArchRule domainPackagesHaveNoCycles = slices().matching("org.wic.registry.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiPackagesHaveNoCycles = slices().matching("org.wic.registry.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule callerIsTheBottomFloor = noClasses().that().resideInAPackage("org.wic.registry.caller..")
            .should().dependOnClassesThat(otherRegistryPackagesThan("org.wic.registry.caller", "org.wic.registry.error"))
            .because("every package, audit included, may know who is calling");

    @ArchTest
    static final ArchRule repositoriesLiveBesideTheirAggregate = classes().that().haveSimpleNameEndingWith("Repository")
            .should(standBesideTheirAggregate());

    @ArchTest
    static final ArchRule servicesQueryThroughRepositories = noClasses().that().haveSimpleNameEndingWith("Service")
            .and().doNotHaveFullyQualifiedName("org.wic.registry.statistics.StatisticsService")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a service is a use case's script; its queries are its aggregates' repositories' "
                    + "(the statistics are a read model of GROUP BY queries, and query the database themselves)");

    /** A method of an entity that returns nothing: a change of its state. */
    private static DescribedPredicate<JavaMethodCall> changesAnEntity() {
        return DescribedPredicate.describe("a method of an @Entity that changes it (returns void)",
                call -> call.getTargetOwner().isAnnotatedWith(Entity.class) && call.getTarget().getRawReturnType().getName().equals("void"));
    }

    private static DescribedPredicate<JavaClass> otherRegistryPackagesThan(String... allowed) {
        return DescribedPredicate.describe("in a registry package other than " + String.join(" or ", allowed),
                type -> type.getPackageName().startsWith("org.wic.registry")
                        && Arrays.stream(allowed).noneMatch(type.getPackageName()::equals));
    }

    /** {@code MemberRepository} beside the entity {@code Member}, in its package. */
    private static ArchCondition<JavaClass> standBesideTheirAggregate() {
        return new ArchCondition<>("stand in the package of the entity they are named after") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String aggregate = repository.getPackageName() + "." + repository.getSimpleName().replaceFirst("Repository$", "");
                boolean beside = repository.getPackage().getClasses().stream()
                        .anyMatch(type -> type.getName().equals(aggregate) && type.isAnnotatedWith(Entity.class));
                events.add(new SimpleConditionEvent(repository, beside,
                        repository.getName() + (beside ? " stands beside " : " has no entity ") + aggregate));
            }
        };
    }
}
