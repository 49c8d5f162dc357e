package nexus.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a record against the published contract of an event type and version: its JSON
 * schema and its golden sample. A record is compatible when
 * <ol>
 * <li>the golden sample still deserialises into it (no new required field, no changed
 * type),</li>
 * <li>writing it back keeps every field of the sample with the same value (no field
 * renamed or dropped), and</li>
 * <li>what it writes validates against the schema.</li>
 * </ol>
 */
final class ContractCompatibility {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final EventCodec codec = new EventCodec();

	/**
	 * The problems that would break consumers of the contract, none when compatible.
	 * @param candidate the record to check
	 * @param contract the published type and version
	 * @return human-readable problems
	 */
	List<String> problems(Class<?> candidate, EventDescriptor contract) {
		List<String> problems = new ArrayList<>();
		byte[] sample = goldenSample(contract);
		Object decoded;
		try {
			decoded = this.codec.decode(candidate, sample);
		}
		catch (EventDeserializationException ex) {
			problems.add("golden sample no longer deserialises: " + ex.getMessage());
			return problems;
		}
		JsonNode written = JSON.readTree(this.codec.write(decoded));
		JsonNode expected = JSON.readTree(sample);
		for (Map.Entry<String, JsonNode> field : expected.properties()) {
			JsonNode actual = written.get(field.getKey());
			if (actual == null) {
				problems.add("field '" + field.getKey() + "' of the golden sample is lost");
			}
			else if (!actual.equals(field.getValue())) {
				problems.add("field '" + field.getKey() + "' changed from " + field.getValue() + " to " + actual);
			}
		}
		schemaOf(contract).validate(written)
			.forEach((error) -> problems.add("written payload breaks the schema: " + error));
		return problems;
	}

	List<String> schemaErrors(EventDescriptor contract, byte[] payload) {
		return schemaOf(contract).validate(JSON.readTree(payload)).stream().map(Object::toString).toList();
	}

	static byte[] goldenSample(EventDescriptor contract) {
		return resource("golden/" + contract.type() + ".v" + contract.version() + ".json");
	}

	static Schema schemaOf(EventDescriptor contract) {
		return SCHEMAS.getSchema(JSON.readTree(resource(contract.schemaResource())));
	}

	static byte[] resource(String path) {
		try (InputStream in = ContractCompatibility.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
