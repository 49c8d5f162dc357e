package nexus.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read (docs/api.md, ADR 0011): a value has the type the document
 * says or is refused. A number or a boolean is not a string, a fraction or a string is
 * not an integer, a number or a string is not a boolean, and a number is not an enum
 * constant. Strings may not carry control characters other than tab, line feed and
 * carriage return. Unknown fields are ignored (a tolerant reader), so that a client may
 * send back what it read.
 */
public final class StrictJson {

	/** The field error a string with a control character gets. */
	public static final String CONTROL_CHARACTERS = "must not contain control characters";

	private StrictJson() {
	}

	/**
	 * Makes a mapper builder strict.
	 * @param builder the builder of the mapper the web layer reads bodies with
	 */
	public static void configure(JsonMapper.Builder builder) {
		builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("nexus-strict-strings").addDeserializer(String.class,
					new TextWithoutControlCharacters()));
	}

	/**
	 * Whether a text holds a control character other than tab, line feed and carriage
	 * return (C0 controls and DEL; PostgreSQL cannot store NUL at all).
	 * @param text the text
	 * @return whether it does
	 */
	public static boolean hasControlCharacters(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The refusal of a string with control characters; the problem details name the field
	 * with {@link #CONTROL_CHARACTERS}.
	 */
	public static final class ControlCharacters extends InvalidFormatException {

		ControlCharacters(JsonParser parser, String value) {
			super(parser, CONTROL_CHARACTERS, value, String.class);
		}

	}

	private static final class TextWithoutControlCharacters extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			if (value != null && hasControlCharacters(value)) {
				throw new ControlCharacters(parser, value);
			}
			return value;
		}

	}

}
