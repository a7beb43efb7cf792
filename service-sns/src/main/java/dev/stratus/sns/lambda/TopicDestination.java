package dev.stratus.sns.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventDestination;
import dev.stratus.sns.delivery.Publisher;
import dev.stratus.sns.topic.Topic;
import dev.stratus.sns.topic.TopicArn;
import dev.stratus.sns.topic.Topics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Topics as Lambda destinations (asynchronous invocations' OnSuccess and OnFailure, mappings' OnFailure): the
 * invocation record is published to the topic as the message, with no subject or attributes, and reaches its
 * subscriptions as any message does. On a FIFO topic the message group is the topic's name and the record's
 * content deduplicates it.
 */
@Singleton
public final class TopicDestination implements EventDestination {

    private final Topics topics;
    private final Publisher publisher;
    private final ObjectMapper mapper;

    @Inject
    public TopicDestination(Topics topics, Publisher publisher, ObjectMapper mapper) {
        this.topics = topics;
        this.publisher = publisher;
        this.mapper = mapper;
    }

    @Override
    public boolean owns(String destinationArn) {
        return destinationArn.matches("arn:aws[a-zA-Z-]*:sns:[^:]+:\\d{12}:[^:]+");
    }

    @Override
    public boolean exists(String destinationArn) {
        return topic(destinationArn).isPresent();
    }

    @Override
    public void send(String destinationArn, ObjectNode record) {
        Topic topic = topic(destinationArn).orElseThrow(() ->
                new IllegalArgumentException("The destination topic " + destinationArn + " does not exist"));
        String message;
        try {
            message = mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
        publisher.publish(topic, Map.of("default", message), null, Map.of(), topic.arn().name(), null);
    }

    private Optional<Topic> topic(String destinationArn) {
        if (!owns(destinationArn)) {
            return Optional.empty();
        }
        return topics.find(TopicArn.parse(destinationArn));
    }
}
