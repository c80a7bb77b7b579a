package nl.ambtenaaronline.training.shared;

/**
 * Text for a cell of a CSV or spreadsheet export that people open in Excel: a cell a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, so it shows as text and never runs (CSV injection).
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	public static String text(String cell) {
		if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

}
