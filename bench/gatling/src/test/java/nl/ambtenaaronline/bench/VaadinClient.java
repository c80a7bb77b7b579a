package nl.ambtenaaronline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a browser's Vaadin Flow client keeps for one UI, as the load test needs it: the UI
 * id, the security key (CSRF token of the UIDL requests), the server's sync id and the
 * client's message id, and the state nodes of the elements with an id (so that a click
 * names the node of a button). One per virtual user; Gatling runs a user's requests one
 * after the other, so no locking.
 *
 * <p>
 * The protocol (Vaadin 25 Flow, React router bundle): {@code GET /?v-r=init&location=…}
 * returns {@code appConfig} with {@code v-uiId} and the first UIDL (with
 * {@code Vaadin-Security-Key} and {@code syncId}); every further message is
 * {@code POST /?v-r=uidl&v-uiId=N} with {@code {csrfToken, rpc, syncId, clientId}}. A
 * navigation is the event {@code ui-navigate} on the UI's node 1 (what Flow.ts sends for a
 * router link); a click is the DOM event {@code click} on the button's node; a field's
 * new value is an {@code mSync} of its {@code value} property followed by its
 * {@code value-changed} event.
 */
final class VaadinClient {

	static final ObjectMapper JSON = new ObjectMapper();

	/** The event data a Button's click listener asks for. */
	private static final ObjectNode CLICK = JSON.createObjectNode()
		.put("event.shiftKey", false)
		.put("event.metaKey", false)
		.put("event.detail", 1)
		.put("event.ctrlKey", false)
		.put("event.clientX", 10)
		.put("event.clientY", 10)
		.put("event.altKey", false)
		.put("event.button", 0)
		.put("event.screenY", 10)
		.put("event.screenX", 10);

	int uiId;

	String securityKey = "";

	int syncId;

	int clientId;

	/** element id → state node, latest wins */
	final Map<String, Integer> nodes = new HashMap<>();

	/** state node → tag */
	final Map<Integer, String> tags = new HashMap<>();

	/** the element ids put by the latest response */
	final Set<String> lastIds = new HashSet<>();

	/** the tags of the nodes put by the latest response */
	final Set<String> lastTags = new HashSet<>();

	/** Starts a new UI from the JSON of {@code ?v-r=init}. */
	void init(String body) {
		try {
			JsonNode config = JSON.readTree(body).get("appConfig");
			uiId = config.get("v-uiId").asInt();
			JsonNode uidl = config.get("uidl");
			securityKey = uidl.get("Vaadin-Security-Key").asText();
			syncId = uidl.get("syncId").asInt();
			clientId = 0;
			nodes.clear();
			tags.clear();
			apply(uidl);
		}
		catch (Exception ex) {
			throw new IllegalStateException("not an init response: " + abbreviate(body), ex);
		}
	}

	/** Takes in the response of a UIDL request. */
	void response(String body) {
		try {
			String text = body.startsWith("for(;;);") ? body.substring(8) : body;
			JsonNode uidl = JSON.readTree(text);
			if (uidl.isArray()) {
				uidl = uidl.get(0);
			}
			if (uidl.has("syncId")) {
				syncId = uidl.get("syncId").asInt();
			}
			clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : clientId + 1;
			apply(uidl);
		}
		catch (Exception ex) {
			throw new IllegalStateException("not a UIDL response: " + abbreviate(body), ex);
		}
	}

	private void apply(JsonNode uidl) {
		lastIds.clear();
		lastTags.clear();
		JsonNode changes = uidl.get("changes");
		if (changes == null) {
			return;
		}
		for (JsonNode change : changes) {
			if (!"put".equals(change.path("type").asText())) {
				continue;
			}
			int node = change.get("node").asInt();
			String key = change.path("key").asText();
			if (key.equals("tag")) {
				String tag = change.path("value").asText();
				tags.put(node, tag);
				lastTags.add(tag);
			}
			else if (key.equals("id") && change.path("feat").asInt() == 3) {
				String id = change.path("value").asText();
				nodes.put(id, node);
				lastIds.add(id);
			}
		}
	}

	/** The request body for these RPC invocations. */
	String message(List<ObjectNode> rpc) {
		ObjectNode message = JSON.createObjectNode();
		message.put("csrfToken", securityKey);
		ArrayNode invocations = message.putArray("rpc");
		rpc.forEach(invocations::add);
		message.put("syncId", syncId);
		message.put("clientId", clientId);
		return message.toString();
	}

	/**
	 * The body of the beacon a browser sends to this UI when it leaves the page (on
	 * {@code pagehide}, e.g. when the login form is posted): the server closes the UI at
	 * once instead of keeping it until its heartbeats are missed.
	 */
	String unloadBeacon() {
		ObjectNode message = JSON.createObjectNode();
		message.put("csrfToken", securityKey);
		message.putArray("rpc");
		message.put("syncId", syncId);
		message.put("clientId", clientId);
		message.put("UNLOAD", true);
		return message.toString();
	}

	int node(String id) {
		Integer node = nodes.get(id);
		if (node == null) {
			throw new IllegalStateException("no element with id " + id + " on the page; known: " + nodes.keySet());
		}
		return node;
	}

	int nodeWithTag(String tag) {
		return tags.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(tag))
			.mapToInt(Map.Entry::getKey)
			.max()
			.orElseThrow(() -> new IllegalStateException("no " + tag + " on the page"));
	}

	static ObjectNode navigate(String route, String trigger) {
		ObjectNode data = JSON.createObjectNode()
			.put("route", route)
			.put("query", "")
			.put("appShellTitle", "Ambtenaar Online")
			.put("trigger", trigger);
		data.putObject("historyState").put("idx", 0);
		return event(1, "ui-navigate", data);
	}

	static ObjectNode click(int node) {
		return event(node, "click", CLICK.deepCopy());
	}

	static ObjectNode event(int node, String event, ObjectNode data) {
		ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
		rpc.set("data", data);
		return rpc;
	}

	/** A field's new value: the property sync and the event, as the browser sends them. */
	static List<ObjectNode> setValue(int node, JsonNode value) {
		ObjectNode sync = JSON.createObjectNode()
			.put("type", "mSync")
			.put("node", node)
			.put("feature", 1)
			.put("property", "value");
		sync.set("value", value);
		List<ObjectNode> rpc = new ArrayList<>();
		rpc.add(sync);
		rpc.add(event(node, "value-changed", JSON.createObjectNode()));
		return rpc;
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

}
