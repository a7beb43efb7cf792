package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.tags.ResourceTags;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The tags of functions, set on the function itself (never on a version or alias). */
@Singleton
public class FunctionTags {

    private final FunctionRepository repository;
    private final Functions functions;

    @Inject
    public FunctionTags(FunctionRepository repository, Functions functions) {
        this.repository = repository;
        this.functions = functions;
    }

    public Map<String, String> list(FunctionArn function) {
        return new TreeMap<>(functions.function(unqualifiedOnly(function)).tags());
    }

    public void tag(FunctionArn function, Map<String, String> tags) {
        change(function, current -> current.putAll(tags));
    }

    public void untag(FunctionArn function, Collection<String> keys) {
        change(function, current -> current.keySet().removeAll(keys));
    }

    private void change(FunctionArn function, Consumer<Map<String, String>> edit) {
        FunctionArn arn = unqualifiedOnly(function);
        repository.change(() -> {
            FunctionRecord record = functions.function(arn);
            Map<String, String> tags = new TreeMap<>(record.tags());
            edit.accept(tags);
            ResourceTags.checkCount(tags);
            repository.commit(repository.putFunction(new WriteBatch(), arn, record.withTags(tags)));
            return null;
        });
    }

    private static FunctionArn unqualifiedOnly(FunctionArn function) {
        if (function.isQualified()) {
            throw LambdaErrors.invalidParameter("Tags on function aliases and versions are not supported. "
                    + "Please specify a function ARN.");
        }
        return function;
    }
}
