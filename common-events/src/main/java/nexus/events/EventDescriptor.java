package nexus.events;

/**
 * What the registry knows of one event type and version.
 *
 * @param type stable type name
 * @param version schema version
 * @param topic topic it is published on
 * @param javaType the record that carries it
 */
public record EventDescriptor(String type, int version, String topic, Class<? extends NexusEvent> javaType) {

	/**
	 * Classpath location of this type's JSON schema.
	 * @return the resource path, without a leading slash
	 */
	public String schemaResource() {
		return "nexus/events/schemas/" + this.type + ".v" + this.version + ".schema.json";
	}

}
