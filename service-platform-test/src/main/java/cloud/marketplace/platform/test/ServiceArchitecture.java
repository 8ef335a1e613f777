package cloud.marketplace.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps, checked on its own classes: controllers ({@code ..web..})
 * never reach repositories; feature code outside {@code web} uses no Spring MVC types, and no
 * Kafka types outside the classes that listen to topics ({@code *Listener}).
 */
public final class ServiceArchitecture {

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (classes.stream().noneMatch(c -> c.getPackageName().contains(".web"))) {
            throw new AssertionError("no ..web.. package under " + basePackage + ": the rules would check nothing");
        }
        webNeverReachesRepositories().check(classes);
        domainUsesNoWebTypes().check(classes);
        onlyListenersTouchKafka().check(classes);
    }

    static ArchRule webNeverReachesRepositories() {
        return noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("controllers go through the feature's service, never straight to persistence");
    }

    static ArchRule domainUsesNoWebTypes() {
        return noClasses().that().resideOutsideOfPackages("..web..", "..client..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.bind..",
                        "org.springframework.web.servlet..", "org.springframework.http..")
                .because("rules and aggregates do not know about HTTP");
    }

    static ArchRule onlyListenersTouchKafka() {
        return noClasses().that().haveSimpleNameNotEndingWith("Listener")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .because("events go out through the outbox and come in through listeners only");
    }

    private ServiceArchitecture() {
    }
}
