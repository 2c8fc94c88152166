package org.atelier.web.openapi;

import java.util.Map;

import org.atelier.web.security.Caller;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document: bearer tokens, and the problem+json answers every call may give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: `field` names the field, `detail` says why",
            "401", "No or bad bearer token",
            "403", "The token's role or workshop does not allow this call",
            "404", "Unknown id",
            "409", "Conflicts with the current state (phase moved on, duplicate with other content...)",
            "413", "Body too large",
            "429", "Too many requests from this client");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI atelierApi() {
        return new OpenAPI()
                .info(new Info().title("Atelier").version("1")
                        .description("Live Future Workshops, event-sourced. Every call but POST /api/join "
                                + "needs Authorization: Bearer <token>."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer problemAnswers() {
        return (operation, handlerMethod) -> {
            ERRORS.forEach((status, description) -> operation.getResponses().putIfAbsent(status,
                    new ApiResponse().description(description).content(new Content().addMediaType(
                            "application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
            return operation;
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema())
                .addProperty("code", new StringSchema().description(
                        "The refused rule's name (e.g. BudgetUsedUp), stable across languages"));
    }
}
