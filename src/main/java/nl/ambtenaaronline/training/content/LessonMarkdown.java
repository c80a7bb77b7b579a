package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * One lesson file: YAML front matter ({@code id}, {@code title}) between {@code ---}
 * lines, then Markdown split into sections by {@code ## } headings that end with rule ids
 * in braces. Rendered with commonmark: raw HTML escaped (and reported), URLs sanitised,
 * images only from the course's {@code images/} folder.
 */
final class LessonMarkdown {

	/** A section as read, with where its heading and rule ids stand. */
	record Section(String title, List<Located> rules, Loc heading, String html) {

	}

	/** A lesson file as read. */
	record Parsed(Located id, String title, String introHtml, List<Section> sections) {

	}

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

	private static final Pattern SECTION_HEADING = Pattern.compile("^ {0,3}##(?:[ \\t]+(.*?))?[ \\t]*$");

	private static final Pattern RULES_IN_BRACES = Pattern.compile("^(.*?)\\s*\\{([^{}]*)}\\s*$");

	private static final Pattern IMAGE_PATH = Pattern
		.compile("images/[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	private static final Parser PARSER = Parser.builder()
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			if (node instanceof Link) {
				attributes.put("rel", "noopener noreferrer");
			}
		})
		.build();

	private LessonMarkdown() {
	}

	/**
	 * Reads one lesson file.
	 * @param text the file
	 * @param files every file of the course folder (relative paths), to check images
	 * @param imageUrlPrefix what replaces {@code images/} in an image address
	 * @param problems problems in this file
	 * @return the lesson, or null when it has no front matter
	 */
	static @Nullable Parsed parse(String text, Set<String> files, String imageUrlPrefix, Problems problems) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.getFirst().strip().replace("\uFEFF", "").equals("---")) {
			problems.add(Loc.START, "content.problem.front-matter-missing");
			return null;
		}
		int end = -1;
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("---")) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			problems.add(Loc.START, "content.problem.front-matter-unclosed");
			return null;
		}
		Yaml.Node node = Yaml.parse(String.join("\n", lines.subList(1, end)), 1, problems);
		if (node == null) {
			return null;
		}
		Fields front = Fields.of(node, new Loc(2, 1), problems, "id", "title");
		Located id = front == null ? new Located("", Loc.START) : front.string("id");
		String title = front == null ? "" : front.string("title").value();
		if (front != null) {
			Placeholders.check(front.node("title"), title, problems);
		}

		List<String> intro = new ArrayList<>();
		int introStart = end + 2;
		List<Section> sections = new ArrayList<>();
		String headingTitle = null;
		List<Located> headingRules = List.of();
		Loc headingLoc = Loc.START;
		List<String> body = intro;
		int bodyStart = introStart;
		boolean inFence = false;
		for (int i = end + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			int lineNumber = i + 1;
			if (FENCE.matcher(line).matches()) {
				inFence = !inFence;
			}
			Matcher heading = inFence ? null : SECTION_HEADING.matcher(line);
			if (heading != null && heading.matches()) {
				if (headingTitle != null) {
					sections.add(new Section(headingTitle, headingRules, headingLoc,
							render(body, bodyStart, files, imageUrlPrefix, problems)));
				}
				headingLoc = new Loc(lineNumber, line.indexOf('#') + 1);
				String content = heading.group(1) == null ? "" : heading.group(1).replaceAll("\\s+#+$", "");
				Matcher braces = RULES_IN_BRACES.matcher(content);
				if (braces.matches()) {
					headingTitle = braces.group(1).strip();
					headingRules = rules(braces.group(2), line, lineNumber, line.lastIndexOf('{'), problems);
					if (headingRules.isEmpty()) {
						problems.add(headingLoc, "content.problem.heading-without-rules", content.strip());
					}
				}
				else {
					headingTitle = content.strip();
					headingRules = List.of();
					problems.add(headingLoc, "content.problem.heading-without-rules", content.strip());
				}
				if (headingTitle.isEmpty()) {
					problems.add(headingLoc, "content.problem.heading-without-title");
				}
				Placeholders.checkLine(line, lineNumber, problems);
				body = new ArrayList<>();
				bodyStart = lineNumber + 1;
				continue;
			}
			Placeholders.checkLine(line, lineNumber, problems);
			body.add(line);
		}
		if (headingTitle != null) {
			sections.add(new Section(headingTitle, headingRules, headingLoc,
					render(body, bodyStart, files, imageUrlPrefix, problems)));
		}
		else {
			problems.add(new Loc(Math.max(1, end + 2), 1), "content.problem.no-sections");
		}
		String introHtml = render(intro, introStart, files, imageUrlPrefix, problems);
		return new Parsed(id, title, introHtml, sections);
	}

	private static List<Located> rules(String list, String line, int lineNumber, int braceIndex, Problems problems) {
		List<Located> rules = new ArrayList<>();
		int searchFrom = braceIndex;
		for (String part : list.split(",", -1)) {
			String id = part.strip();
			if (id.isEmpty()) {
				if (!list.isBlank()) {
					problems.add(new Loc(lineNumber, braceIndex + 1), "content.problem.empty-rule-id");
				}
				continue;
			}
			int at = line.indexOf(id, searchFrom);
			searchFrom = at + id.length();
			rules.add(new Located(id, new Loc(lineNumber, at + 1)));
		}
		return rules;
	}

	private static String render(List<String> lines, int firstLine, Set<String> files, String imageUrlPrefix,
			Problems problems) {
		Node document = PARSER.parse(String.join("\n", lines));
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(HtmlBlock htmlBlock) {
				problems.add(loc(htmlBlock, firstLine), "content.problem.raw-html");
			}

			@Override
			public void visit(HtmlInline htmlInline) {
				problems.add(loc(htmlInline, firstLine), "content.problem.raw-html");
			}

			@Override
			public void visit(Image image) {
				String destination = image.getDestination();
				if (!IMAGE_PATH.matcher(destination).matches()) {
					problems.add(loc(image, firstLine), "content.problem.image-outside", destination);
				}
				else if (!CourseImageController.servable(destination)) {
					problems.add(loc(image, firstLine), "content.problem.image-type", destination);
				}
				else if (!files.contains(destination)) {
					problems.add(loc(image, firstLine), "content.problem.image-missing", destination);
				}
				else {
					image.setDestination(imageUrlPrefix + destination.substring("images/".length()));
				}
				visitChildren(image);
			}

			@Override
			public void visit(Link link) {
				String destination = link.getDestination().toLowerCase(Locale.ROOT);
				if (!destination.startsWith("https://") && !destination.startsWith("http://")
						&& !destination.startsWith("mailto:")) {
					problems.add(loc(link, firstLine), "content.problem.link-scheme", link.getDestination());
				}
				visitChildren(link);
			}

		});
		return RENDERER.render(document).strip();
	}

	private static Loc loc(Node node, int firstLine) {
		List<SourceSpan> spans = node.getSourceSpans();
		if (spans.isEmpty()) {
			return new Loc(firstLine, 1);
		}
		SourceSpan span = spans.getFirst();
		return new Loc(firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
	}

}
