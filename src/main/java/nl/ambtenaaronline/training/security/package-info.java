@NullMarked
package nl.ambtenaaronline.training.security;

import org.jspecify.annotations.NullMarked;
