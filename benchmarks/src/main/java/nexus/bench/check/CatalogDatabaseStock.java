package nexus.bench.check;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nexus.bench.shop.BenchException;

/**
 * Stock read from catalog-service's own tables (its migration {@code V1__catalog.sql}):
 * {@code product.amount_in_stock} is what is available, and the lines of
 * {@code stock_reservation}s in status {@code RESERVED} and {@code SOLD} are what is held
 * and sold. All the SQL that knows catalog-service's schema is in this class, so that a
 * change of schema (or a move of stock to an aggregate of its own) changes only this. It
 * only reads.
 */
public final class CatalogDatabaseStock implements StockSource {

	// One statement, so one snapshot: available and held are never read at different
	// moments of a move between them.
	static final String LEVELS = """
			SELECT p.id,
			       p.amount_in_stock,
			       COALESCE(SUM(l.quantity) FILTER (WHERE r.status = 'RESERVED'), 0) AS reserved,
			       COALESCE(SUM(l.quantity) FILTER (WHERE r.status = 'SOLD'), 0) AS sold
			  FROM product p
			  LEFT JOIN stock_reservation_line l ON l.product_id = p.id
			  LEFT JOIN stock_reservation r ON r.order_id = l.order_id
			 WHERE p.id = ANY (?)
			 GROUP BY p.id, p.amount_in_stock
			""";

	private final String url;

	private final String user;

	private final String password;

	/**
	 * Reads from catalog-service's database.
	 * @param url its JDBC URL, such as
	 * {@code jdbc:postgresql://localhost:55432/nexus_catalog}
	 * @param user a user that may read it
	 * @param password its password
	 */
	public CatalogDatabaseStock(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	@Override
	public Map<String, StockLevels> levels(Collection<String> productIds) {
		Map<String, StockLevels> levels = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password)) {
			connection.setReadOnly(true);
			try (PreparedStatement statement = connection.prepareStatement(LEVELS)) {
				Array ids = connection.createArrayOf("uuid", productIds.stream().map(UUID::fromString).toArray());
				statement.setArray(1, ids);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						String id = rows.getObject(1, UUID.class).toString();
						levels.put(id, new StockLevels(id, rows.getLong(2), rows.getLong(3), rows.getLong(4)));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new BenchException("cannot read stock from " + this.url + ": " + ex.getMessage(), ex);
		}
		return levels;
	}

	@Override
	public String toString() {
		return "catalog-service's database at " + this.url;
	}

}
