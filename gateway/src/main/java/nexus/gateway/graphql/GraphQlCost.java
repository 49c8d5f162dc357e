package nexus.gateway.graphql;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a query costs, in units, before it runs: each field costs 1, plus its selections
 * times the number of items they are asked for. A field with a {@code size} argument (a
 * page) multiplies by that size, or by its default; a list without one (images, order
 * items, sub-categories) by an assumed list size; the {@code content} of a page is
 * already counted by its page. Every alias counts on its own. So {@code products(size:
 * 100) { content { reviews(size: 100) { content { id } } } }} costs 20 201, and a
 * storefront page of 20 products with names, prices, images and categories about 400.
 */
final class GraphQlCost implements FieldComplexityCalculator {

	/** No one field counts more, so that sums cannot overflow. */
	private static final int CEILING = 1_000_000;

	private final int listSize;

	GraphQlCost(int listSize) {
		this.listSize = listSize;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		long cost = 1L + (long) multiplier(environment) * childComplexity;
		return (int) Math.min(CEILING, cost);
	}

	private int multiplier(FieldComplexityEnvironment environment) {
		Object size = environment.getArguments().get("size");
		if (size instanceof Number number) {
			return (int) Math.max(1, Math.min(CEILING, number.longValue()));
		}
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
		if (type instanceof GraphQLList && !"content".equals(environment.getField().getName())) {
			return this.listSize;
		}
		return 1;
	}

	/**
	 * The cost of one operation of a document.
	 * @param schema the schema
	 * @param document the parsed document
	 * @param operationName the operation, or {@code null} for the only one
	 * @param variables the request's variables
	 * @return its cost in units
	 */
	int of(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
		return QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(this)
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.variables(CoercedVariables.of(variables))
			.build()
			.calculate();
	}

}
