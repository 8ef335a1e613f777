package cloud.marketplace.platform.events;

import cloud.marketplace.contracts.events.Topics;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/** The outbox, the inbox, topics and their dead-letter topics, and bounded consumer retries. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class EventsConfiguration {

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager transactions, KafkaTemplate<String, String> kafka,
                            OutboxProperties properties, @Value("${spring.application.name}") String application, Clock clock) {
        TransactionTemplate readCommitted = new TransactionTemplate(transactions);
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new OutboxRelay(jdbc, readCommitted, kafka, properties, "/marketplace/" + application, clock);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay) {
        return new Outbox(jdbc, json, clock, relay);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        return new Inbox(jdbc, new TransactionTemplate(transactions), json, clock);
    }

    @Bean
    SchedulingConfigurer outboxSchedule(OutboxRelay relay, OutboxProperties properties) {
        return (ScheduledTaskRegistrar registrar) -> registrar.addFixedDelayTask(relay::relayQuietly, properties.pollInterval());
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        DeadLetterPublishingRecoverer toDeadLetter = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetter,
                new FixedBackOff(properties.consumerRetryInterval().toMillis(), properties.consumerRetries()));
        handler.addNotRetryableExceptions(PoisonMessageException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics marketplaceTopics(OutboxProperties properties) {
        List<NewTopic> topics = Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> new NewTopic(topic, properties.partitions(), properties.replicationFactor()))
                .toList();
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
