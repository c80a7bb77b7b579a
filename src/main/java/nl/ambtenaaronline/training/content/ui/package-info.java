/** The administrator's content screen: loaded versions and the validated reload. */
@NullMarked
package nl.ambtenaaronline.training.content.ui;

import org.jspecify.annotations.NullMarked;
