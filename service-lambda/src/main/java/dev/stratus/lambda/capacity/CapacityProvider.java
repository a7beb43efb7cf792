package dev.stratus.lambda.capacity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A capacity provider as stored: what it was created with, kept and reported. Stratus runs functions as local
 * processes, so no instances stand behind it.
 *
 * @param vpcConfig            {@code SubnetIds} and {@code SecurityGroupIds}
 * @param permissionsConfig    {@code CapacityProviderOperatorRoleArn}
 * @param instanceRequirements the InstanceRequirements structure, or {@code null}
 * @param scalingConfig        the CapacityProviderScalingConfig structure, or {@code null}
 * @param kmsKeyArn            the KMS key, or {@code null}
 * @param lastModified         when it was created or last updated, in AWS's format
 */
public record CapacityProvider(String name, String accountId, String region, JsonNode vpcConfig,
                               JsonNode permissionsConfig, JsonNode instanceRequirements, JsonNode scalingConfig,
                               String kmsKeyArn, String lastModified) {

    public String arn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":capacity-provider:" + name;
    }

    public CapacityProvider withScaling(JsonNode newScalingConfig, String modified) {
        return new CapacityProvider(name, accountId, region, vpcConfig, permissionsConfig, instanceRequirements,
                newScalingConfig, kmsKeyArn, modified);
    }
}
