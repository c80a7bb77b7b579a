@NullMarked
package nl.ambtenaaronline.training.demo;

import org.jspecify.annotations.NullMarked;
