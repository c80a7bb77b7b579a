@NullMarked
package nl.ambtenaaronline.training.security.account;

import org.jspecify.annotations.NullMarked;
