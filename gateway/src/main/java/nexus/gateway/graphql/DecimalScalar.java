package nexus.gateway.graphql;

import java.math.BigDecimal;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Decimal} scalar of the schema: money and ratings as JSON numbers, as the
 * REST API writes and reads them (ADR 0011). Input must be a number too; a string is
 * refused, as in REST.
 */
@Configuration(proxyBeanMethods = false)
class DecimalScalar {

	static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("A decimal number, such as an amount of money (19.99)")
		.coercing(new Coercing<BigDecimal, BigDecimal>() {

			@Override
			public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof BigDecimal decimal) {
					return decimal;
				}
				if (value instanceof Number || value instanceof String) {
					try {
						return new BigDecimal(value.toString());
					}
					catch (NumberFormatException ex) {
						throw new CoercingSerializeException("Not a decimal: " + value);
					}
				}
				throw new CoercingSerializeException("Not a decimal: " + value);
			}

			@Override
			public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof BigDecimal decimal) {
					return decimal;
				}
				if (input instanceof Number number) {
					return new BigDecimal(number.toString());
				}
				throw new CoercingParseValueException("Expected a number, not " + input);
			}

			@Override
			public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof FloatValue floatValue) {
					return floatValue.getValue();
				}
				if (input instanceof IntValue intValue) {
					return new BigDecimal(intValue.getValue());
				}
				throw new CoercingParseLiteralException("Expected a number, not " + input);
			}

		})
		.build();

	@Bean
	RuntimeWiringConfigurer decimalScalarWiring() {
		return (wiring) -> wiring.scalar(DECIMAL);
	}

}
