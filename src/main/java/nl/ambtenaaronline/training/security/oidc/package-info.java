@NullMarked
package nl.ambtenaaronline.training.security.oidc;

import org.jspecify.annotations.NullMarked;
