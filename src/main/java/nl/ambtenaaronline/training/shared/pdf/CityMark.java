package nl.ambtenaaronline.training.shared.pdf;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.CompositeShapePainter;
import org.apache.batik.gvt.FillShapePainter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.ShapeNode;
import org.apache.batik.gvt.ShapePainter;
import org.apache.batik.gvt.StrokeShapePainter;
import org.apache.batik.util.ParsedURL;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The city mark ({@code app.shell.city-mark}, an SVG file) as vector shapes for the PDFs,
 * so that documents show the same mark as the screens. Apache Batik reads the SVG (paths,
 * shapes, {@code use}, transforms, styles); this class only hands the resulting outlines
 * and their flat colours to PDFBox. The SVG's {@code title} is the alternative text.
 * Immutable, thread-safe.
 */
public final class CityMark {

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final String XLINK = "http://www.w3.org/1999/xlink";

	/** One filled outline in SVG user space, transforms applied. */
	record Outline(Path2D shape, Color fill) {
	}

	private final double width;

	private final double height;

	private final String title;

	private final List<Outline> outlines;

	private CityMark(double width, double height, String title, List<Outline> outlines) {
		this.width = width;
		this.height = height;
		this.title = title;
		this.outlines = List.copyOf(outlines);
	}

	/** The SVG's title (or aria-label); empty when it has none. */
	public String title() {
		return title;
	}

	/** Width divided by height. */
	public double aspect() {
		return width / height;
	}

	List<Outline> outlines() {
		return outlines;
	}

	/**
	 * Reads the SVG: no DOCTYPE, nothing loaded from outside the file, only shapes in
	 * flat colours.
	 * @throws IllegalArgumentException when it is not such an SVG
	 */
	public static CityMark parse(byte[] svg) {
		Document source;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			source = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("The city mark is not a plain SVG file: " + ex.getMessage(), ex);
		}
		Element root = source.getDocumentElement();
		if (!SVG.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
			throw new IllegalArgumentException("The city mark is not an SVG file: its root is " + root.getTagName());
		}
		// the mark's own size: a viewBox alone means that many units wide and high
		String[] box = root.getAttribute("viewBox").strip().split("[\\s,]+");
		for (String side : new String[] { "width", "height" }) {
			if (root.getAttribute(side).isBlank() || root.getAttribute(side).endsWith("%")) {
				if (box.length != 4) {
					throw new IllegalArgumentException("The city mark needs a viewBox or a width and height");
				}
				root.setAttribute(side, side.equals("width") ? box[2] : box[3]);
			}
		}
		// SVG 2's plain href, which Batik (SVG 1.1) reads as xlink:href
		NodeList all = source.getElementsByTagNameNS(SVG, "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (element.hasAttributeNS(null, "href") && !element.hasAttributeNS(XLINK, "href")) {
				element.setAttributeNS(XLINK, "xlink:href", element.getAttributeNS(null, "href"));
			}
		}
		BridgeContext context = new BridgeContext(new Offline());
		context.setDynamicState(BridgeContext.STATIC);
		try {
			GraphicsNode node = new GVTBuilder().build(context,
					DOMUtilities.deepCloneDocument(source, SVGDOMImplementation.getDOMImplementation()));
			Dimension2D size = context.getDocumentSize();
			List<Outline> outlines = new ArrayList<>();
			collect(node, outlines);
			if (outlines.isEmpty()) {
				throw new IllegalArgumentException("The city mark draws nothing");
			}
			return new CityMark(size.getWidth(), size.getHeight(), title(root), outlines);
		}
		catch (RuntimeException ex) {
			if (ex instanceof IllegalArgumentException) {
				throw ex;
			}
			throw new IllegalArgumentException("The city mark cannot be drawn: " + ex.getMessage(), ex);
		}
		finally {
			context.dispose();
		}
	}

	private static void collect(GraphicsNode node, List<Outline> outlines) {
		if (node instanceof CompositeGraphicsNode group) {
			for (Object child : group.getChildren()) {
				collect((GraphicsNode) child, outlines);
			}
		}
		else if (node instanceof ShapeNode shape) {
			AffineTransform transform = shape.getGlobalTransform();
			paint(shape.getShapePainter(), shape.getShape(), transform, outlines);
		}
		else if (node != null) {
			throw new IllegalArgumentException(
					"The city mark may hold only shapes, not " + node.getClass().getSimpleName());
		}
	}

	private static void paint(ShapePainter painter, Shape shape, AffineTransform transform, List<Outline> outlines) {
		switch (painter) {
			case null -> {
				// display none or no fill and no stroke
			}
			case CompositeShapePainter composite -> {
				for (int i = 0; i < composite.getShapePainterCount(); i++) {
					paint(composite.getShapePainter(i), shape, transform, outlines);
				}
			}
			case FillShapePainter fill -> {
				if (fill.getPaint() != null) {
					outlines.add(new Outline(new Path2D.Double(shape, transform), colour(fill.getPaint())));
				}
			}
			case StrokeShapePainter stroke -> {
				if (stroke.getPaint() != null && stroke.getStroke() != null) {
					outlines.add(new Outline(new Path2D.Double(stroke.getStroke().createStrokedShape(shape), transform),
							colour(stroke.getPaint())));
				}
			}
			default -> throw new IllegalArgumentException(
					"The city mark may use fills and strokes only, not " + painter.getClass().getSimpleName());
		}
	}

	private static Color colour(Paint paint) {
		if (paint instanceof Color colour && colour.getAlpha() == 255) {
			return colour;
		}
		throw new IllegalArgumentException("The city mark may use opaque flat colours only, not " + paint);
	}

	private static String title(Element root) {
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "title".equals(element.getLocalName())) {
				return element.getTextContent().strip();
			}
		}
		return root.getAttribute("aria-label").strip();
	}

	/**
	 * Draws the mark with its lower left corner at (x, y), {@code targetHeight} high.
	 */
	public void draw(PDPageContentStream content, float x, float y, float targetHeight) throws IOException {
		double scale = targetHeight / height;
		// SVG's y axis points down, PDF's up
		AffineTransform toPage = new AffineTransform(scale, 0, 0, -scale, x, y + targetHeight);
		for (Outline outline : outlines) {
			content.setNonStrokingColor(outline.fill());
			PathIterator path = outline.shape().getPathIterator(toPage);
			double[] p = new double[6];
			double[] current = new double[2];
			double[] start = new double[2];
			while (!path.isDone()) {
				int type = path.currentSegment(p);
				switch (type) {
					case PathIterator.SEG_MOVETO -> content.moveTo((float) p[0], (float) p[1]);
					case PathIterator.SEG_LINETO -> content.lineTo((float) p[0], (float) p[1]);
					// PDF has no quadratic curve: the same curve as a cubic one
					case PathIterator.SEG_QUADTO -> content.curveTo((float) (current[0] + 2 * (p[0] - current[0]) / 3),
							(float) (current[1] + 2 * (p[1] - current[1]) / 3), (float) (p[2] + 2 * (p[0] - p[2]) / 3),
							(float) (p[3] + 2 * (p[1] - p[3]) / 3), (float) p[2], (float) p[3]);
					case PathIterator.SEG_CUBICTO -> content.curveTo((float) p[0], (float) p[1], (float) p[2],
							(float) p[3], (float) p[4], (float) p[5]);
					default -> content.closePath();
				}
				int last = switch (type) {
					case PathIterator.SEG_QUADTO -> 2;
					case PathIterator.SEG_CUBICTO -> 4;
					case PathIterator.SEG_CLOSE -> -1;
					default -> 0;
				};
				if (last < 0) {
					current = start.clone();
				}
				else {
					current = new double[] { p[last], p[last + 1] };
					if (type == PathIterator.SEG_MOVETO) {
						start = current.clone();
					}
				}
				path.next();
			}
			if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
				content.fillEvenOdd();
			}
			else {
				content.fill();
			}
		}
	}

	/** Batik's user agent, refusing every resource from outside the file. */
	private static final class Offline extends UserAgentAdapter {

		@Override
		public void checkLoadExternalResource(ParsedURL resource, ParsedURL document) {
			throw new SecurityException("The city mark may not load " + resource);
		}

		@Override
		public void checkLoadScript(String type, ParsedURL script, ParsedURL document) {
			throw new SecurityException("The city mark may not run scripts");
		}

	}

}
