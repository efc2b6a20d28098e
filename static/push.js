// Web push sign-up on the profile page (issue 17). Progressive: without it the form still saves
// "push on/off"; with it, a button asks the browser for permission, subscribes with the server's
// VAPID public key and sends the subscription to /profile/push (same origin, JSON).
(function () {
	'use strict';
	var box = document.getElementById('push-setup');
	if (!box) return;
	var status = document.getElementById('push-status');
	var button = document.getElementById('push-enable');
	function say(key) {
		status.textContent = box.getAttribute('data-' + key) || '';
	}
	box.hidden = false;
	if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
		button.hidden = true;
		say('unsupported');
		return;
	}
	function keyBytes(b64) {
		var s = b64.replace(/-/g, '+').replace(/_/g, '/');
		while (s.length % 4) s += '=';
		var raw = atob(s);
		var out = new Uint8Array(raw.length);
		for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
		return out;
	}
	navigator.serviceWorker.ready.then(function (reg) {
		return reg.pushManager.getSubscription();
	}).then(function (sub) {
		if (sub && Notification.permission === 'granted') say('enabled');
	}).catch(function () {});
	button.addEventListener('click', function () {
		Notification.requestPermission().then(function (perm) {
			if (perm !== 'granted') {
				say('denied');
				return;
			}
			return navigator.serviceWorker.ready
				.then(function (reg) {
					return reg.pushManager.getSubscription().then(function (old) {
						return old || reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(box.getAttribute('data-key')) });
					});
				})
				.then(function (sub) {
					return fetch('/profile/push', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sub), credentials: 'same-origin' });
				})
				.then(function (res) {
					if (!res.ok) throw new Error(String(res.status));
					say('enabled');
					var box2 = document.querySelector('input[name="pushOn"]');
					if (box2) box2.checked = true;
				});
		}).catch(function () {
			say('failed');
		});
	});
})();
