package nexus.gateway.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import nexus.gateway.graphql.ApiTypes.AuthTokens;
import nexus.gateway.graphql.ApiTypes.Session;
import nexus.gateway.graphql.ApiTypes.User;
import nexus.gateway.graphql.ServiceClients.Services;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;

/**
 * Identity through GraphQL: the current user, registration, login and refresh, the
 * password, the user's logins and signing out everywhere.
 */
@Controller
class UserGraphQl {

	private final ServiceClient users;

	UserGraphQl(Services services) {
		this.users = services.users();
	}

	@QueryMapping
	Mono<User> me(GraphQLContext context) {
		return this.users.get((uri) -> uri.path("/api/users/me").build(), new ParameterizedTypeReference<User>() {
		}, CallContext.of(context));
	}

	@QueryMapping
	Mono<List<Session>> sessions(GraphQLContext context) {
		return this.users.get((uri) -> uri.path("/api/users/me/sessions").build(),
				new ParameterizedTypeReference<List<Session>>() {
				}, CallContext.of(context));
	}

	@MutationMapping
	Mono<Boolean> changePassword(@Argument String currentPassword, @Argument String newPassword,
			GraphQLContext context) {
		return this.users.send(HttpMethod.POST, (uri) -> uri.path("/api/users/me/password").build(),
				Map.of("currentPassword", currentPassword, "newPassword", newPassword),
				new ParameterizedTypeReference<Void>() {
				}, CallContext.of(context), Map.of())
			.thenReturn(true);
	}

	@MutationMapping
	Mono<Boolean> endSession(@Argument UUID id, GraphQLContext context) {
		return this.users.delete((uri) -> uri.path("/api/users/me/sessions/{id}").build(id), CallContext.of(context));
	}

	@MutationMapping
	Mono<Boolean> signOutEverywhere(GraphQLContext context) {
		return this.users.delete((uri) -> uri.path("/api/users/me/sessions").build(), CallContext.of(context));
	}

	@MutationMapping
	Mono<User> register(@Argument Map<String, Object> input, GraphQLContext context) {
		return this.users.send(HttpMethod.POST, (uri) -> uri.path("/api/auth/register").build(), input,
				new ParameterizedTypeReference<User>() {
				}, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<AuthTokens> login(@Argument String email, @Argument String password, GraphQLContext context) {
		return this.users.send(HttpMethod.POST, (uri) -> uri.path("/api/auth/login").build(),
				Map.of("email", email, "password", password), new ParameterizedTypeReference<AuthTokens>() {
				}, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<AuthTokens> refreshToken(@Argument String refreshToken, GraphQLContext context) {
		return this.users.send(HttpMethod.POST, (uri) -> uri.path("/api/auth/refresh").build(),
				Map.of("refreshToken", refreshToken), new ParameterizedTypeReference<AuthTokens>() {
				}, CallContext.of(context), Map.of());
	}

}
