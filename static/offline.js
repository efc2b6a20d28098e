// Offline reading and answering (issue 17). One small external script on every page
// (script-src 'self' allows it; learner pages have no other client code). It:
// - registers the service worker (src/service-worker.ts, built to /service-worker.js);
// - keeps form posts made offline (forms marked data-offline: practice and untimed quizzes,
//   "I finished this lesson") in an IndexedDB outbox with their idempotency key, and sends
//   them again when the page sees the network and whenever the app opens;
// - shows "waiting to send" with the number of posts kept;
// - works the "save this module for offline" button and shows the storage used;
// - lists on /offline the modules this phone keeps.
// Texts come from the page (data-* attributes rendered in her language by the server).
(function () {
	'use strict';
	var PAGES = 'amssawas-pages';
	var MEDIA = 'amssawas-media';
	var bar = document.getElementById('offline-bar');
	var user = bar ? bar.getAttribute('data-user') : '';

	if ('serviceWorker' in navigator) {
		addEventListener('load', function () {
			navigator.serviceWorker.register('/service-worker.js').catch(function () {});
		});
	}

	// ---- IndexedDB: the outbox (posts kept) and the modules kept for offline reading.
	var dbp = null;
	function db() {
		if (!dbp)
			dbp = new Promise(function (resolve, reject) {
				var open = indexedDB.open('amssawas-offline', 1);
				open.onupgradeneeded = function () {
					open.result.createObjectStore('outbox', { keyPath: 'idem' });
					open.result.createObjectStore('modules', { keyPath: 'slug' });
				};
				open.onsuccess = function () { resolve(open.result); };
				open.onerror = function () { reject(open.error); };
			});
		return dbp;
	}
	function store(name, mode, fn) {
		return db().then(function (d) {
			return new Promise(function (resolve, reject) {
				var tx = d.transaction(name, mode);
				var req = fn(tx.objectStore(name));
				tx.oncomplete = function () { resolve(req && req.result); };
				tx.onerror = function () { reject(tx.error); };
			});
		});
	}
	function all(name) { return store(name, 'readonly', function (s) { return s.getAll(); }); }

	function say(text) {
		if (!bar || !text) return;
		bar.hidden = false;
		var msg = document.getElementById('offline-msg');
		msg.hidden = false;
		msg.querySelector('span').textContent = text;
	}
	function badge() {
		if (!bar) return Promise.resolve();
		return all('outbox').then(function (items) {
			var mine = items.filter(function (i) { return i.user === user; });
			var p = document.getElementById('offline-pending');
			p.hidden = mine.length === 0;
			p.querySelector('bdi').textContent = new Intl.NumberFormat(document.documentElement.lang).format(mine.length);
			if (mine.length) bar.hidden = false;
			return mine.length;
		});
	}

	function randomKey() {
		var a = new Uint8Array(16);
		crypto.getRandomValues(a);
		return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
	}

	// ---- Posts made offline go to the outbox.
	document.addEventListener('submit', function (e) {
		var form = e.target;
		if (!(form instanceof HTMLFormElement)) return;
		// Logging out: the list of her modules goes (the service worker deletes the pages).
		if (/\/logout$/.test(new URL(form.action).pathname)) {
			store('modules', 'readwrite', function (s) { return s.clear(); }).catch(function () {});
			return;
		}
		if (navigator.onLine || !user) return;
		if (form.hasAttribute('data-online-only')) {
			e.preventDefault();
			say(bar.getAttribute('data-online-only'));
			return;
		}
		if (!form.hasAttribute('data-offline')) return;
		e.preventDefault();
		var data = new FormData(form, e.submitter || undefined);
		var idem = data.get('idem');
		if (typeof idem !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(idem)) {
			idem = randomKey();
			data.set('idem', idem);
		}
		var item = { idem: idem, user: user, url: form.action, body: new URLSearchParams(data).toString(), at: Date.now() };
		store('outbox', 'readwrite', function (s) { return s.put(item); }).then(function () {
			// A second tap on the same form replaces the same item (same key).
			var input = form.querySelector('input[name="idem"]');
			if (input) input.value = randomKey();
			say(bar.getAttribute('data-queued'));
			return badge();
		});
	});

	// ---- Sending them again: when the network is back, and whenever a page opens.
	var sending = false;
	function replay() {
		if (sending || !navigator.onLine || !user) return;
		sending = true;
		all('outbox')
			.then(function (items) {
				var mine = items.filter(function (i) { return i.user === user; });
				return mine.reduce(function (chain, item) {
					return chain.then(function (sent) {
						return fetch(item.url, {
							method: 'POST',
							body: item.body,
							// As the browser posts a form (kit answers a fetch accepting anything with JSON).
							headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
							credentials: 'same-origin',
							redirect: 'manual'
						}).then(function (r) {
							// Done (a redirect), or refused for good (the attempt was closed, the key was
							// used): out of the outbox. A server error or a lost login: kept for later.
							var keep = r.status >= 500 || r.status === 401 || r.status === 408 || r.status === 429;
							if (keep) return sent;
							return store('outbox', 'readwrite', function (s) { return s.delete(item.idem); }).then(function () { return sent + 1; });
						});
					});
				}, Promise.resolve(0));
			})
			.then(function (sent) {
				sending = false;
				return badge().then(function (left) {
					if (sent && !left) say(bar.getAttribute('data-sent'));
				});
			})
			.catch(function () { sending = false; });
	}
	addEventListener('online', replay);
	if (bar) badge().then(replay);

	// ---- "Save this module for offline".
	var save = document.getElementById('offline-save');
	function mb(bytes) {
		return new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1048576);
	}
	function usage() {
		if (!save || !navigator.storage || !navigator.storage.estimate) return;
		navigator.storage.estimate().then(function (e) {
			save.querySelector('.usage bdi').textContent = mb(e.usage || 0) + ' / ' + mb(Math.min(e.quota || 0, 200 * 1048576));
		});
	}
	function grab(cacheName, url) {
		return fetch(url, { credentials: 'same-origin' }).then(function (r) {
			if (!r.ok || r.redirected) throw new Error(url);
			var copy = r.clone();
			return caches.open(cacheName).then(function (c) { return c.put(url, copy); }).then(function () { return r; });
		});
	}
	function saveModule() {
		var slug = save.getAttribute('data-slug');
		var state = save.querySelector('.state');
		var button = save.querySelector('button');
		button.disabled = true;
		state.textContent = save.getAttribute('data-saving');
		if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () {});
		var base = '/learn/' + slug;
		var pages = [location.pathname, '/offline'];
		document.querySelectorAll('a[href^="' + base + '/"]').forEach(function (a) {
			var path = new URL(a.href).pathname;
			if (pages.indexOf(path) < 0) pages.push(path);
		});
		var media = [];
		Promise.all(
			pages.map(function (p) {
				return grab(PAGES, p).then(function (r) { return r.text(); }).then(function (html) {
					var doc = new DOMParser().parseFromString(html, 'text/html');
					doc.querySelectorAll('img[src^="/files/"], audio[src^="/files/"], audio source[src^="/files/"]').forEach(function (el) {
						var src = el.getAttribute('src');
						if (media.indexOf(src) < 0) media.push(src);
					});
				});
			})
		)
			.then(function () {
				// Through the service worker: it keeps images, and narrations within their budget.
				return Promise.all(media.map(function (src) { return fetch(src, { credentials: 'same-origin' }).catch(function () {}); }));
			})
			.then(function () {
				return store('modules', 'readwrite', function (s) { return s.put({ slug: slug, title: save.getAttribute('data-title'), at: Date.now() }); });
			})
			.then(function () { state.textContent = save.getAttribute('data-saved'); })
			.catch(function () { state.textContent = save.getAttribute('data-failed'); })
			.then(function () { button.disabled = false; usage(); });
	}
	if (save && 'caches' in window && 'indexedDB' in window) {
		save.hidden = false;
		save.querySelector('button').addEventListener('click', saveModule);
		usage();
		// Visiting a module is enough to remember it: its pages are kept by the service worker as she reads.
		store('modules', 'readwrite', function (s) { return s.put({ slug: save.getAttribute('data-slug'), title: save.getAttribute('data-title'), at: Date.now() }); }).catch(function () {});
	}

	// ---- /offline: what this phone keeps.
	var list = document.getElementById('offline-modules');
	if (list && 'caches' in window) {
		Promise.all([all('modules'), caches.open(PAGES)])
			.then(function (r) {
				return Promise.all(
					r[0].map(function (m) {
						return r[1].match('/learn/' + m.slug).then(function (hit) { return hit ? m : null; });
					})
				);
			})
			.then(function (mods) {
				mods = mods.filter(Boolean);
				if (!mods.length) {
					var li = document.createElement('li');
					li.textContent = list.getAttribute('data-empty');
					list.appendChild(li);
				}
				mods.forEach(function (m) {
					var li = document.createElement('li');
					var a = document.createElement('a');
					a.href = '/learn/' + m.slug;
					a.textContent = m.title;
					li.appendChild(a);
					list.appendChild(li);
				});
			});
	}
})();
