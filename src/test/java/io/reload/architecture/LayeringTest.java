package io.reload.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DESIGN.md's rules between parts: web -> service -> domain inside a feature, and a service may
 * have its mails put into words by its feature's mail part (mail -> domain, never service or web); a feature may
 * call another feature's service but never reach into its web; shared serves everyone and
 * knows no feature (its web part is the frame every feature's pages use); no cycles between features.
 * Which feature may use which other feature's domain is an explicit list ({@link #MAY_USE_DOMAIN_OF}):
 * a new such dependency fails here until it is listed. The demo data ({@code io.reload.demo})
 * may use any feature's service and domain, and no feature uses it.
 */
@AnalyzeClasses(packages = "io.reload", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /**
     * The words of another feature's values that a feature's pages show too: a client's progress
     * pages tell the plan's decisions as the plan's pages do. Nothing else of another web part.
     */
    private static final Set<String> SHARED_PRESENTERS = Set.of("io.reload.protocol.web.ProtocolText");

    private static final Pattern FEATURE_PART =
            Pattern.compile("io\\.reload\\.([a-z]+)\\.(domain|service|web|mail)(\\..*)?");

    @ArchTest
    static final ArchRule domainKnowsNoServiceOrWeb = noClasses()
            .that()
            .resideInAPackage("io.reload.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.reload.*.service..", "io.reload.*.web..", "io.reload.*.mail..");

    /** A mail part puts a service's values into words; it is called by a service and calls none. */
    @ArchTest
    static final ArchRule mailKnowsNoServiceOrWeb = noClasses()
            .that()
            .resideInAPackage("io.reload.*.mail..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.reload.*.service..", "io.reload.*.web..");

    @ArchTest
    static final ArchRule servicesKnowNoWeb = noClasses()
            .that()
            .resideInAPackage("io.reload.*.service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.reload.*.web..");

    @ArchTest
    static final ArchRule noFeatureReachesAnothersWeb =
            classes().that().resideInAPackage("io.reload..").should(onlyUseTheirOwnFeaturesWeb());

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("io.reload.shared..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.reload..").and(resideOutsideOfPackage("io.reload.shared..")));

    /** Feature -> the other features whose domain it uses (entities, value objects, repositories), as the code does today. */
    static final Map<String, Set<String>> MAY_USE_DOMAIN_OF = Map.of(
            "account", Set.of(),
            "booking", Set.of("account", "clinic", "triage"),
            "clinic", Set.of(),
            "progress", Set.of("account", "clinic", "protocol", "triage"),
            "protocol", Set.of("account"),
            "trends", Set.of("account", "booking", "protocol", "triage"),
            "triage", Set.of("account"));

    @ArchTest
    static final ArchRule featuresUseOnlyTheListedDomainsOfOthers =
            classes().that().resideInAPackage("io.reload..").should(useOnlyTheListedDomainsOfOtherFeatures());

    @ArchTest
    static final ArchRule noFeatureUsesTheDemoData = noClasses()
            .that()
            .resideInAPackage("io.reload..")
            .and()
            .resideOutsideOfPackage("io.reload.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.reload.demo..");

    @ArchTest
    static final ArchRule theDemoDataUsesNoWeb = noClasses()
            .that()
            .resideInAPackage("io.reload.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.reload.*.web..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("io.reload.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyClassBelongsToAFeaturePart = classes()
            .that()
            .resideInAPackage("io.reload..")
            .and()
            .resideOutsideOfPackage("io.reload.shared..")
            .and()
            .resideOutsideOfPackage("io.reload.demo..")
            .should()
            .resideInAnyPackage(
                    "io.reload.*.domain..", "io.reload.*.service..", "io.reload.*.web..", "io.reload.*.mail..");

    private static ArchCondition<JavaClass> onlyUseTheirOwnFeaturesWeb() {
        return new ArchCondition<>("only use the web part of their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownFeature = featureOf(origin.getPackageName()).orElse("shared");
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    Matcher part = FEATURE_PART.matcher(target);
                    if (part.matches()
                            && part.group(2).equals("web")
                            && !part.group(1).equals(ownFeature)
                            && !part.group(1).equals("shared")
                            && !SHARED_PRESENTERS.contains(
                                    dependency.getTargetClass().getName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyTheListedDomainsOfOtherFeatures() {
        return new ArchCondition<>("use only the domains of other features listed in MAY_USE_DOMAIN_OF") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> ownFeature = featureOf(origin.getPackageName());
                if (ownFeature.isEmpty()) {
                    return; // shared (knows no feature) and demo (may use any)
                }
                Set<String> allowed = MAY_USE_DOMAIN_OF.getOrDefault(ownFeature.get(), Set.of());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher part =
                            FEATURE_PART.matcher(dependency.getTargetClass().getPackageName());
                    if (part.matches()
                            && part.group(2).equals("domain")
                            && !part.group(1).equals(ownFeature.get())
                            && !part.group(1).equals("shared")
                            && !allowed.contains(part.group(1))) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                ownFeature.get() + " -> " + part.group(1) + ".domain: " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> featureOf(String packageName) {
        Matcher part = FEATURE_PART.matcher(packageName);
        return part.matches() ? Optional.of(part.group(1)) : Optional.empty();
    }
}
