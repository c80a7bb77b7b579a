@NullMarked
package nl.ambtenaaronline.training.security.password;

import org.jspecify.annotations.NullMarked;
