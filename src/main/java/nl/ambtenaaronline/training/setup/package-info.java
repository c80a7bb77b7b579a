/**
 * The first run: on an empty database, without the city's identity provider, a one-time
 * set-up token printed in the log lets whoever runs the application create the first
 * administrator on {@code /setup}. Closed for good once an administrator exists.
 */
@NullMarked
package nl.ambtenaaronline.training.setup;

import org.jspecify.annotations.NullMarked;
