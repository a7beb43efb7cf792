package dev.stratus.lambda.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CapacityProvider;
import software.amazon.awssdk.services.lambda.model.CapacityProviderState;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(StratusExtension.class)
class CapacityProvidersTest {

    @Test
    void providerIsCreatedReadUpdatedListedAndDeleted(LambdaClient lambda) {
        CapacityProvider created = create(lambda, "fleet");

        assertEquals(CapacityProviderState.ACTIVE, created.state());
        assertTrue(created.capacityProviderArn().endsWith(":capacity-provider:fleet"), created.capacityProviderArn());
        assertEquals(List.of("subnet-0123"), created.vpcConfig().subnetIds());
        CapacityProvider updated = lambda.updateCapacityProvider(r -> r.capacityProviderName("fleet")
                .capacityProviderScalingConfig(s -> s.maxVCpuCount(64))).capacityProvider();
        assertEquals(64, updated.capacityProviderScalingConfig().maxVCpuCount());
        assertEquals(64, lambda.getCapacityProvider(r -> r.capacityProviderName(created.capacityProviderArn()))
                .capacityProvider().capacityProviderScalingConfig().maxVCpuCount());
        assertTrue(lambda.listCapacityProviders(r -> { }).capacityProviders().stream()
                .map(CapacityProvider::capacityProviderArn).anyMatch(created.capacityProviderArn()::equals));
        assertTrue(lambda.listFunctionVersionsByCapacityProvider(r -> r.capacityProviderName("fleet"))
                .functionVersions().isEmpty());

        assertEquals(CapacityProviderState.DELETING,
                lambda.deleteCapacityProvider(r -> r.capacityProviderName("fleet")).capacityProvider().state());

        assertThrows(ResourceNotFoundException.class, () -> lambda.getCapacityProvider(r -> r.capacityProviderName("fleet")));
    }

    @Test
    void nameIsTakenOnce(LambdaClient lambda) {
        create(lambda, "twin");

        assertThrows(ResourceConflictException.class, () -> create(lambda, "twin"));
    }

    @Test
    void tagsAreSetOnCreationAndListedByArn(LambdaClient lambda) {
        String arn = lambda.createCapacityProvider(r -> r.capacityProviderName("tagged-fleet")
                .vpcConfig(v -> v.subnetIds("subnet-0123").securityGroupIds("sg-0123"))
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn("arn:aws:iam::000000000000:role/operator"))
                .tags(Map.of("team", "compute"))).capacityProvider().capacityProviderArn();

        assertEquals(Map.of("team", "compute"), lambda.listTags(r -> r.resource(arn)).tags());
    }

    private static CapacityProvider create(LambdaClient lambda, String name) {
        return lambda.createCapacityProvider(r -> r.capacityProviderName(name)
                .vpcConfig(v -> v.subnetIds("subnet-0123").securityGroupIds("sg-0123"))
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn("arn:aws:iam::000000000000:role/operator")))
                .capacityProvider();
    }
}
