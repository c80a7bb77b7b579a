package nl.ambtenaaronline.training.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * One document of the kit, PDF/A-2u and PDF/UA-1: Liberation Sans embedded, the document
 * language, a structure tree under one {@code Document} element (each page's content is
 * tagged or an artifact, see {@link TaggedPage}), the title shown by viewers, and on
 * {@link #save()} the information dictionary, the XMP packet with the PDF/A and PDF/UA
 * identification, the sRGB output intent and a document ID derived from the document's
 * identity. Not thread-safe; one per rendering.
 */
public final class ArchivalDocument implements AutoCloseable {

	/** The producer named in every document. */
	public static final String PRODUCER = "Ambtenaar Online (Apache PDFBox)";

	private static final String CREATOR = "Ambtenaar Online";

	private final DocumentInfo info;

	private final byte[] colourProfile;

	private final PDDocument document = new PDDocument();

	private final PDFont regular;

	private final PDFont bold;

	private final PDStructureTreeRoot root = new PDStructureTreeRoot();

	private final PDStructureElement body;

	private final COSArray parentTree = new COSArray();

	private final List<TaggedPage> pages = new ArrayList<>();

	ArchivalDocument(DocumentInfo info, byte[] regularFont, byte[] boldFont, byte[] colourProfile) {
		this.info = info;
		this.colourProfile = colourProfile;
		document.getDocument().setVersion(1.7f);
		document.setVersion(1.7f);
		try {
			regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
			bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot load the fonts", ex);
		}
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setLanguage(info.language());
		PDMarkInfo markInfo = new PDMarkInfo();
		markInfo.setMarked(true);
		catalog.setMarkInfo(markInfo);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		catalog.setStructureTreeRoot(root);
		body = new PDStructureElement("Document", root);
		root.appendKid(body);
	}

	public PDFont regular() {
		return regular;
	}

	public PDFont bold() {
		return bold;
	}

	/** The {@code Document} structure element, parent of all others. */
	public PDStructureElement body() {
		return body;
	}

	/**
	 * A structure element that groups others (a table, a row), without content itself.
	 */
	public PDStructureElement group(PDStructureElement parent, String type) {
		PDStructureElement element = new PDStructureElement(type, parent);
		parent.appendKid(element);
		return element;
	}

	/** A new page at the end, with its content stream open. */
	public TaggedPage newPage(PDRectangle size) throws IOException {
		PDPage page = new PDPage(size);
		document.addPage(page);
		int key = pages.size();
		page.setStructParents(key);
		page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
		TaggedPage tagged = new TaggedPage(document, page, body);
		parentTree.add(COSInteger.get(key));
		parentTree.add(tagged.parents());
		pages.add(tagged);
		return tagged;
	}

	/** Closes the pages and writes the document. */
	public byte[] save() throws IOException {
		for (TaggedPage page : pages) {
			page.close();
		}
		COSDictionary numberTree = new COSDictionary();
		numberTree.setItem(COSName.NUMS, parentTree);
		root.getCOSObject().setItem(COSName.PARENT_TREE, numberTree);
		root.setParentTreeNextKey(pages.size());

		Calendar created = calendar(info.created());
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(info.title());
		if (info.author() != null) {
			information.setAuthor(info.author());
		}
		information.setCreator(CREATOR);
		information.setProducer(PRODUCER);
		information.setCreationDate(created);
		information.setModificationDate(created);

		PDDocumentCatalog catalog = document.getDocumentCatalog();
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp(info).getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);

		PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(colourProfile));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		byte[] id = md5(info.identity());
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().setDocumentID(ids);

		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		document.save(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		document.close();
	}

	/** A moment as the document information dictionary wants it, to the second, UTC. */
	static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.setTimeInMillis(instant.getEpochSecond() * 1000);
		return calendar;
	}

	private static byte[] md5(String identity) {
		try {
			return MessageDigest.getInstance("MD5").digest(identity.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Escapes text for XML (not HTML: named entities such as {@code &ndash;} are not
	 * XML).
	 */
	static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * The XMP packet: Dublin Core, XMP basic, PDF, PDF/A-2u and PDF/UA-1 identification
	 * (with the extension schema PDF/A asks for the latter).
	 */
	static String xmp(DocumentInfo info) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(info.created().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
		String creator = info.author() == null ? ""
				: "\n   <dc:creator><rdf:Seq><rdf:li>" + xml(info.author()) + "</rdf:li></rdf:Seq></dc:creator>";
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about=""
				    xmlns:dc="http://purl.org/dc/elements/1.1/"
				    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
				    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
				    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
				    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
				    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
				    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
				    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>%2$s
				   <dc:language><rdf:Bag><rdf:li>%3$s</rdf:li></rdf:Bag></dc:language>
				   <xmp:CreateDate>%4$s</xmp:CreateDate>
				   <xmp:ModifyDate>%4$s</xmp:ModifyDate>
				   <xmp:MetadataDate>%4$s</xmp:MetadataDate>
				   <xmp:CreatorTool>%5$s</xmp:CreatorTool>
				   <pdf:Producer>%6$s</pdf:Producer>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>U</pdfaid:conformance>
				   <pdfuaid:part>1</pdfuaid:part>
				   <pdfaExtension:schemas>
				    <rdf:Bag>
				     <rdf:li rdf:parseType="Resource">
				      <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
				      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
				      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
				      <pdfaSchema:property>
				       <rdf:Seq>
				        <rdf:li rdf:parseType="Resource">
				         <pdfaProperty:name>part</pdfaProperty:name>
				         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
				         <pdfaProperty:category>internal</pdfaProperty:category>
				         <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
				        </rdf:li>
				       </rdf:Seq>
				      </pdfaSchema:property>
				     </rdf:li>
				    </rdf:Bag>
				   </pdfaExtension:schemas>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(xml(info.title()), creator, xml(info.language()), date, CREATOR,
				PRODUCER);
	}

}
