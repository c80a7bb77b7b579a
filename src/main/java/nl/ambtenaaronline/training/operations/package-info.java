/**
 * Operations: event publications that never stall (resubmitted once across the nodes,
 * with a bound on attempts; what still fails is shown to administrators), metrics for
 * Prometheus and the request's client address and account in the log context.
 */
@NullMarked
package nl.ambtenaaronline.training.operations;

import org.jspecify.annotations.NullMarked;
