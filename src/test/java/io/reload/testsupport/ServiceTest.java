package io.reload.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service test: its methods run inside the portal, in the one Arquillian deployment of all
 * service tests ({@link ReloadDeployment}), and call the services there with {@code @Inject}.
 * It declares no {@code @Deployment} of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
public @interface ServiceTest {}
