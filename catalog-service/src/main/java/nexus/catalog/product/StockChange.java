package nexus.catalog.product;

/**
 * How a product's available stock moved.
 *
 * @param before units available before
 * @param after units available after
 */
public record StockChange(int before, int after) {

	/**
	 * Whether stock fell to the low-stock threshold with this change (it was above it and
	 * is now at or below it), so that the alert is raised once per fall.
	 * @param threshold the threshold
	 * @return whether it fell to it
	 */
	public boolean fellTo(int threshold) {
		return this.before > threshold && this.after <= threshold;
	}

}
