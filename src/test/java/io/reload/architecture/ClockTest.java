package io.reload.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.reload.shared.domain.ClockProducer;
import java.time.Clock;

/**
 * "Now" comes from one clock, the injected {@link Clock} that {@link ClockProducer} makes, so
 * tests can set the time and every page, mail and rule agrees on it (the clinic's day is
 * {@code ClinicService.today()}). {@code LocalDate.now()}, {@code Instant.now()} and the like
 * read the system clock behind its back; their {@code now(Clock)} is the one to call.
 */
@AnalyzeClasses(packages = "io.reload", importOptions = ImportOption.DoNotIncludeTests.class)
class ClockTest {

    @ArchTest
    static final ArchRule nothingCallsNowWithoutTheClock = noClasses()
            .that()
            .resideInAPackage("io.reload..")
            .should()
            .accessTargetWhere(nowWithoutAClock())
            .because("the time comes from the injected Clock (shared/domain/ClockProducer)");

    @ArchTest
    static final ArchRule onlyTheProducerMakesTheSystemClock = noClasses()
            .that()
            .resideInAPackage("io.reload..")
            .and()
            .doNotHaveFullyQualifiedName(ClockProducer.class.getName())
            .should()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone");

    /** A call of, or a reference to (LocalDate::now), a now(...) of a java.time class that takes no Clock: now() or now(ZoneId). */
    private static DescribedPredicate<JavaAccess<?>> nowWithoutAClock() {
        return DescribedPredicate.describe("now() of a java.time class without the Clock", access -> {
            AccessTarget target = access.getTarget();
            JavaClass owner = target.getOwner();
            return owner.getPackageName().equals("java.time")
                    && target.getName().equals("now")
                    && target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                    && codeUnit.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
        });
    }
}
