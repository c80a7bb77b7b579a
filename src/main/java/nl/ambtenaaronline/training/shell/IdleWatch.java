package nl.ambtenaaronline.training.shell;

/**
 * The client side of the idle logout: a timer restarted by every navigation and every key
 * press or pointer action of the user (the actions that make server round trips; Vaadin's
 * heartbeat does not count, as on the server), a warning dialog one minute before the end
 * (WCAG 2.2.1) with a button to stay signed in, which makes a round trip, and a sign-out
 * when the time runs out.
 */
final class IdleWatch {

	static final String SCRIPT = """
			const host = $0, timeout = $1, warnBefore = $2;
			const w = window.__aoIdle || (window.__aoIdle = {});
			w.host = host;
			if (!w.dialog) {
			  const d = document.createElement('div');
			  d.id = 'idle-warning';
			  d.className = 'ao-idle-warning';
			  d.setAttribute('role', 'alertdialog');
			  d.setAttribute('aria-modal', 'true');
			  d.setAttribute('aria-labelledby', 'idle-warning-title');
			  d.setAttribute('aria-describedby', 'idle-warning-text');
			  d.hidden = true;
			  const h = document.createElement('h2'); h.id = 'idle-warning-title';
			  const p = document.createElement('p'); p.id = 'idle-warning-text';
			  const b = document.createElement('button'); b.id = 'idle-stay'; b.type = 'button';
			  b.addEventListener('click', () => { w.reset(); w.host.$server.stayActive(); });
			  d.append(h, p, b);
			  document.body.appendChild(d);
			  w.dialog = d;
			  w.reset = () => {
			    clearTimeout(w.warnTimer); clearTimeout(w.endTimer);
			    w.dialog.hidden = true;
			    w.warnTimer = setTimeout(() => { w.dialog.hidden = false; w.dialog.querySelector('button').focus(); },
			        w.timeout - w.warnBefore);
			    w.endTimer = setTimeout(() => { w.dialog.hidden = true; w.host.$server.idleExpired(); }, w.timeout);
			  };
			  const active = () => { if (w.dialog.hidden) { w.reset(); } };
			  ['pointerdown', 'keydown'].forEach(type => document.addEventListener(type, active, true));
			}
			w.timeout = timeout; w.warnBefore = warnBefore;
			w.dialog.querySelector('h2').textContent = $3;
			w.dialog.querySelector('p').textContent = $4;
			w.dialog.querySelector('button').textContent = $5;
			w.reset();
			""";

	private IdleWatch() {
	}

}
