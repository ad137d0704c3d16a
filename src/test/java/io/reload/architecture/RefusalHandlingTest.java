package io.reload.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.web.Changes;

/**
 * A button's refusal is shown, and its success redirected, one way: {@link Changes}. A backing
 * bean that catches a service's {@link BusinessException} itself writes that try/catch again.
 * The pain-trend table's data model is the one exception: a sort the database refuses falls
 * back to the default sort inside PrimeFaces' paging call, where no page handles anything.
 */
@AnalyzeClasses(packages = "io.reload", importOptions = ImportOption.DoNotIncludeTests.class)
class RefusalHandlingTest {

    @ArchTest
    static final ArchRule onlyChangesCatchesRefusalsInWeb = classes()
            .that()
            .resideInAPackage("io.reload..web..")
            .and()
            .doNotHaveFullyQualifiedName(Changes.class.getName())
            .and()
            .doNotHaveFullyQualifiedName("io.reload.trends.web.DashboardModel")
            .should(notCatchRefusals());

    private static ArchCondition<JavaClass> notCatchRefusals() {
        return new ArchCondition<>("not catch a BusinessException (use shared.web.Changes)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                    for (TryCatchBlock block : codeUnit.getTryCatchBlocks()) {
                        if (block.getCaughtThrowables().stream()
                                .anyMatch(caught -> caught.isAssignableTo(BusinessException.class))) {
                            events.add(SimpleConditionEvent.violated(
                                    block, codeUnit.getFullName() + " catches a refusal itself"));
                        }
                    }
                }
            }
        };
    }
}
