package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * The accessible name of every grid's sort button in the user's language ("Sorteer op
 * Naam" instead of Vaadin's fixed "Sort by Naam"), app-wide from one place: the shell
 * calls {@link #install(UI)} when a UI starts.
 * <p>
 * Vaadin 25.2's grid connector writes {@code aria-label="Sort by …"} on each sorter
 * itself and offers no setting for it (Flow's {@code Grid.setI18n} with
 * {@code GridI18n.setSorter} comes with Vaadin 25.3). Until then this wraps the
 * connector's header renderer in the browser: after it renders a sorter, the label is
 * rewritten from the template {@code grid.sort-by} of the message bundle. It works for
 * grids created before and after this runs (the connector's script may load later). With
 * Vaadin 25.3 this becomes {@code grid.setI18n(new GridI18n().setSorter(...))}.
 */
public final class GridSorterLabels {

	/** The message key of the template; {0} is the column's header text. */
	public static final String KEY = "grid.sort-by";

	static final String SCRIPT = """
			window.aoSorterLabel = $0;
			if (!window.aoSorterLabels) {
			  window.aoSorterLabels = true;
			  const relabel = (root) => {
			    const sorter = root && root.querySelector && root.querySelector('vaadin-grid-sorter');
			    if (sorter && sorter.hasAttribute('aria-label')) {
			      sorter.setAttribute('aria-label', window.aoSorterLabel.replace('{0}', sorter.textContent.trim()));
			    }
			  };
			  const patch = (connector) => {
			    if (!connector || connector.aoSorterLabels || !connector.setHeaderRenderer) {
			      return;
			    }
			    connector.aoSorterLabels = true;
			    const setHeaderRenderer = connector.setHeaderRenderer;
			    connector.setHeaderRenderer = function (column, options) {
			      setHeaderRenderer.call(this, column, options);
			      const render = column.headerRenderer;
			      if (render && options && options.showSorter) {
			        column.headerRenderer = function (root, ...rest) {
			          render.call(this, root, ...rest);
			          relabel(root);
			        };
			      }
			    };
			  };
			  const wrap = (gridConnector) => {
			    if (!gridConnector) {
			      return gridConnector;
			    }
			    let initLazy = gridConnector.initLazy;
			    Object.defineProperty(gridConnector, 'initLazy', {
			      configurable: true,
			      get: () => initLazy && function (grid, ...rest) {
			        const result = initLazy.call(this, grid, ...rest);
			        patch(grid && grid.$connector);
			        return result;
			      },
			      set: (value) => { initLazy = value; }
			    });
			    return gridConnector;
			  };
			  const flow = window.Vaadin.Flow;
			  let current = wrap(flow.gridConnector);
			  Object.defineProperty(flow, 'gridConnector', {
			    configurable: true,
			    get: () => current,
			    set: (value) => { current = wrap(value); }
			  });
			}""";

	private GridSorterLabels() {
	}

	/** Labels the sort buttons of every grid of this UI in its language. */
	public static void install(UI ui) {
		ui.getElement().executeJs(SCRIPT, ui.getTranslation(KEY, "{0}"));
	}

}
