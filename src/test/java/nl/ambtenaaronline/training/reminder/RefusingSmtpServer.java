package nl.ambtenaaronline.training.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A tiny SMTP server that accepts the connection and refuses every recipient for good
 * ({@code 550}), like a server that does not know the address: a permanent failure at
 * hand-off.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread thread;

	RefusingSmtpServer() throws IOException {
		socket = new ServerSocket(0);
		thread = new Thread(this::serve, "refusing-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				talk(client);
			}
			catch (SocketException closed) {
				return;
			}
			catch (IOException ex) {
				// next client
			}
		}
	}

	private static void talk(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(
				new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
		reply(out, "220 refusing.example ESMTP");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 refusing.example");
			}
			else if (command.startsWith("MAIL FROM")) {
				reply(out, "250 2.1.0 Ok");
			}
			else if (command.startsWith("RCPT TO")) {
				reply(out, "550 5.1.1 Mailbox unavailable");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 2.0.0 Bye");
				return;
			}
			else {
				reply(out, "250 2.0.0 Ok");
			}
		}
	}

	private static void reply(Writer out, String text) throws IOException {
		out.write(text + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}
