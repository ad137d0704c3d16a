package io.reload.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Services and the domain return values (numbers, enums, instants and dates, message keys with
 * their arguments); the web layer turns them into text, charts and files in the reader's
 * language. So nothing below web formats text: no message bundle, no java.text formats, no
 * date formatter, no Chart.js JSON, no CSV.
 */
@AnalyzeClasses(packages = "io.reload", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderingTest {

    @ArchTest
    static final ArchRule servicesAndDomainFormatNoText = noClasses()
            .that()
            .resideInAnyPackage("io.reload.*.domain..", "io.reload.*.service..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.reload.shared.text.Texts")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.reload.shared.text.CsvTable")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("java.text..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.time.format.DateTimeFormatter")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.time.format.TextStyle")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.json..")
            .because("rendering belongs to the web layer, in the reader's language (README, \"Where the code lives\")");
}
