package dev.stratus.gateway.http;

import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServiceHandler;

/** A started service: how to recognise its requests and who answers them. */
public record RunningService(ServiceDescriptor descriptor, ServiceHandler handler, String origin) {
}
