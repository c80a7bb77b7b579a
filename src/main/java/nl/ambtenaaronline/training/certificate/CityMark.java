package nl.ambtenaaronline.training.certificate;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The city mark of the shell (an SVG file, {@code app.shell.city-mark}) as vector shapes
 * for the certificate, so the PDF shows the same mark as the screens. Supports what a
 * flat mark needs: {@code path} elements with the commands M, L, H, V, C and Z (absolute
 * and relative), a fill on the path or an enclosing {@code g}, {@code use} with x and y,
 * a {@code viewBox}, and the {@code title} as the alternative text.
 */
final class CityMark {

	private static final Pattern TOKEN = Pattern
		.compile("[MmLlHhVvCcZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

	/** One filled path, in SVG coordinates. */
	record Shape(Color fill, List<Segment> segments) {
	}

	/** An absolute segment: M, L, C (with two control points) or Z. */
	record Segment(char kind, double[] points) {
	}

	private final double x0;

	private final double y0;

	private final double width;

	private final double height;

	private final String title;

	private final List<Shape> shapes;

	private CityMark(double x0, double y0, double width, double height, String title, List<Shape> shapes) {
		this.x0 = x0;
		this.y0 = y0;
		this.width = width;
		this.height = height;
		this.title = title;
		this.shapes = List.copyOf(shapes);
	}

	String title() {
		return title;
	}

	double aspect() {
		return width / height;
	}

	List<Shape> shapes() {
		return shapes;
	}

	/**
	 * Reads the SVG.
	 * @throws IllegalArgumentException when it is not an SVG this class can draw
	 */
	static CityMark parse(byte[] svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(false);
			factory.setExpandEntityReferences(false);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
			Element root = document.getDocumentElement();
			if (!"svg".equals(root.getTagName())) {
				throw new IllegalArgumentException("not an SVG file");
			}
			double[] box = viewBox(root);
			String title = text(root, "title");
			if (title == null) {
				title = root.getAttribute("aria-label");
			}
			Map<String, Element> byId = new HashMap<>();
			collectIds(root, byId);
			List<Shape> shapes = new ArrayList<>();
			walk(root, Color.BLACK, 0, 0, byId, shapes, 0);
			if (shapes.isEmpty()) {
				throw new IllegalArgumentException("no path in the SVG");
			}
			return new CityMark(box[0], box[1], box[2], box[3], title == null ? "" : title.strip(), shapes);
		}
		catch (IllegalArgumentException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("cannot read the SVG: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Fills the mark into the box whose lower-left corner is (x, y), the given height.
	 */
	void draw(PDPageContentStream content, float x, float y, float targetHeight) throws IOException {
		double scale = targetHeight / height;
		for (Shape shape : shapes) {
			content.setNonStrokingColor(shape.fill());
			for (Segment segment : shape.segments()) {
				double[] p = segment.points();
				switch (segment.kind()) {
					case 'M' -> content.moveTo(px(x, p[0], scale), py(y, targetHeight, p[1], scale));
					case 'L' -> content.lineTo(px(x, p[0], scale), py(y, targetHeight, p[1], scale));
					case 'C' ->
						content.curveTo(px(x, p[0], scale), py(y, targetHeight, p[1], scale), px(x, p[2], scale),
								py(y, targetHeight, p[3], scale), px(x, p[4], scale), py(y, targetHeight, p[5], scale));
					default -> content.closePath();
				}
			}
			content.fill();
		}
	}

	private float px(float x, double svgX, double scale) {
		return (float) (x + (svgX - x0) * scale);
	}

	private float py(float y, float targetHeight, double svgY, double scale) {
		return (float) (y + targetHeight - (svgY - y0) * scale);
	}

	private static double[] viewBox(Element root) {
		String box = root.getAttribute("viewBox").strip();
		if (!box.isEmpty()) {
			String[] parts = box.split("[\\s,]+");
			if (parts.length == 4) {
				return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
						Double.parseDouble(parts[2]), Double.parseDouble(parts[3]) };
			}
		}
		return new double[] { 0, 0, number(root.getAttribute("width"), 24), number(root.getAttribute("height"), 24) };
	}

	private static @Nullable String text(Element root, String tag) {
		NodeList nodes = root.getElementsByTagName(tag);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	private static void collectIds(Element element, Map<String, Element> byId) {
		if (!element.getAttribute("id").isEmpty()) {
			byId.put(element.getAttribute("id"), element);
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				collectIds(childElement, byId);
			}
		}
	}

	private static void walk(Element element, Color inherited, double dx, double dy, Map<String, Element> byId,
			List<Shape> shapes, int depth) {
		if (depth > 20) {
			throw new IllegalArgumentException("the SVG nests too deep");
		}
		Color fill = fill(element, inherited);
		switch (element.getTagName()) {
			case "path" -> shapes.add(new Shape(fill, segments(element.getAttribute("d"), dx, dy)));
			case "use" -> {
				String href = element.hasAttribute("href") ? element.getAttribute("href")
						: element.getAttribute("xlink:href");
				Element target = href.startsWith("#") ? byId.get(href.substring(1)) : null;
				if (target == null) {
					throw new IllegalArgumentException("use refers to an unknown element " + href);
				}
				walk(target, fill, dx + number(element.getAttribute("x"), 0), dy + number(element.getAttribute("y"), 0),
						byId, shapes, depth + 1);
			}
			case "defs", "title", "desc", "symbol" -> {
				// not drawn by themselves
			}
			default -> {
				for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child instanceof Element childElement) {
						walk(childElement, fill, dx, dy, byId, shapes, depth + 1);
					}
				}
			}
		}
	}

	private static Color fill(Element element, Color inherited) {
		String fill = element.getAttribute("fill").strip().toLowerCase(Locale.ROOT);
		if (fill.matches("#[0-9a-f]{6}")) {
			return new Color(Integer.parseInt(fill.substring(1), 16));
		}
		if (fill.matches("#[0-9a-f]{3}")) {
			int r = Integer.parseInt(fill.substring(1, 2), 16) * 17;
			int g = Integer.parseInt(fill.substring(2, 3), 16) * 17;
			int b = Integer.parseInt(fill.substring(3, 4), 16) * 17;
			return new Color(r, g, b);
		}
		return fill.equals("black") ? Color.BLACK : fill.equals("white") ? Color.WHITE : inherited;
	}

	private static double number(String value, double otherwise) {
		String plain = value.strip().replace("px", "");
		return plain.isEmpty() ? otherwise : Double.parseDouble(plain);
	}

	/** The path data as absolute segments, moved by (dx, dy). */
	static List<Segment> segments(String data, double dx, double dy) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(data);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		List<Segment> segments = new ArrayList<>();
		double x = 0;
		double y = 0;
		double startX = 0;
		double startY = 0;
		char command = 0;
		int i = 0;
		while (i < tokens.size()) {
			String token = tokens.get(i);
			if (Character.isLetter(token.charAt(0))) {
				command = token.charAt(0);
				i++;
				if (command == 'Z' || command == 'z') {
					segments.add(new Segment('Z', new double[0]));
					x = startX;
					y = startY;
					continue;
				}
			}
			else if (command == 0) {
				throw new IllegalArgumentException("path data must start with a command");
			}
			boolean relative = Character.isLowerCase(command);
			switch (Character.toUpperCase(command)) {
				case 'M', 'L' -> {
					double nx = Double.parseDouble(tokens.get(i)) + (relative ? x : 0);
					double ny = Double.parseDouble(tokens.get(i + 1)) + (relative ? y : 0);
					i += 2;
					boolean move = Character.toUpperCase(command) == 'M';
					segments.add(new Segment(move ? 'M' : 'L', new double[] { nx + dx, ny + dy }));
					x = nx;
					y = ny;
					if (move) {
						startX = nx;
						startY = ny;
						command = relative ? 'l' : 'L';
					}
				}
				case 'H' -> {
					x = Double.parseDouble(tokens.get(i)) + (relative ? x : 0);
					i++;
					segments.add(new Segment('L', new double[] { x + dx, y + dy }));
				}
				case 'V' -> {
					y = Double.parseDouble(tokens.get(i)) + (relative ? y : 0);
					i++;
					segments.add(new Segment('L', new double[] { x + dx, y + dy }));
				}
				case 'C' -> {
					double[] p = new double[6];
					for (int k = 0; k < 6; k++) {
						p[k] = Double.parseDouble(tokens.get(i + k)) + (relative ? (k % 2 == 0 ? x : y) : 0);
					}
					i += 6;
					x = p[4];
					y = p[5];
					for (int k = 0; k < 6; k++) {
						p[k] += k % 2 == 0 ? dx : dy;
					}
					segments.add(new Segment('C', p));
				}
				default -> throw new IllegalArgumentException("unsupported path command " + command);
			}
		}
		return segments;
	}

}
