/**
 * HTTP in: administrators' stock adjustments and the stock ledger.
 */
@NullMarked
package nexus.catalog.stock.web;

import org.jspecify.annotations.NullMarked;
