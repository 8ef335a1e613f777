package cloud.marketplace.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service test against the real parts: the whole application on a random port, the shared
 * MariaDB, and an embedded KRaft Kafka broker. Use the same annotation on every test class of a
 * service so the context is built once and cached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1)
@ContextConfiguration(initializers = ServiceTestContext.class)
public @interface ServiceIntegrationTest {
}
