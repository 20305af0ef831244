// src/store/records-db.ts
/**
* The records that matter most, finished sessions and pain stops, kept durably in IndexedDB.
*
* Why not only localStorage: Chromium commits localStorage to disk lazily, so a browser killed within
* about a minute of "Workout saved" could lose the session. An IndexedDB transaction with
* `durability: 'strict'` completes only once the data is on disk, so "Saved" is said only then.
* localStorage keeps the live state (plan, ticks, workout, and a copy of History) because it reads
* synchronously, so the first screen renders the user's own plan at once. See docs/DECISIONS.md.
*
* A small wrapper of our own (about 80 lines) rather than idb or idb-keyval: one object store, four
* operations, and we need the durability option, which idb-keyval does not expose.
*/
var DB_NAME = "spotter-records";
var DB_VERSION = 1;
var SESSIONS = "sessions";
var opening = null;
function open() {
	if (opening) return opening;
	opening = new Promise((resolve, reject) => {
		const factory = globalThis.indexedDB;
		if (!factory) {
			reject(/* @__PURE__ */ new Error("unavailable"));
			return;
		}
		const request = factory.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			if (!request.result.objectStoreNames.contains(SESSIONS)) request.result.createObjectStore(SESSIONS, { keyPath: "id" });
		};
		request.onsuccess = () => {
			const db = request.result;
			db.onversionchange = () => {
				db.close();
				opening = null;
			};
			resolve(db);
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(/* @__PURE__ */ new Error("blocked"));
	});
	opening.catch(() => {
		opening = null;
	});
	return opening;
}
/** Run one transaction; resolves only when it has completed (with strict durability: on disk). */
async function run(mode, work) {
	let db;
	try {
		db = await open();
	} catch (error) {
		return {
			ok: false,
			reason: error instanceof Error && error.message === "unavailable" ? "unavailable" : "failed"
		};
	}
	return new Promise((resolve) => {
		try {
			const tx = db.transaction(SESSIONS, mode, { durability: "strict" });
			const request = work(tx.objectStore(SESSIONS));
			tx.oncomplete = () => resolve({
				ok: true,
				value: request?.result
			});
			tx.onerror = () => resolve({
				ok: false,
				reason: "failed"
			});
			tx.onabort = () => resolve({
				ok: false,
				reason: "failed"
			});
		} catch {
			resolve({
				ok: false,
				reason: "failed"
			});
		}
	});
}
var putSession = (record) => run("readwrite", (store) => store.put(record));
var deleteSession = (id) => run("readwrite", (store) => store.delete(id));
/** Every record kept (unvalidated: the caller checks each as it does anything read from storage). */
var allSessions = () => run("readonly", (store) => store.getAll());
/** Replace every record (import, undo of an import, delete all). */
var replaceSessions = (records) => run("readwrite", (store) => {
	store.clear();
	for (const record of records) store.put(record);
});
/** Ask the browser not to evict Spotter's storage under pressure; once, after the first saved session. */
async function askToPersist() {
	try {
		if (navigator.storage?.persisted && !await navigator.storage.persisted()) await navigator.storage.persist?.();
	} catch {}
}
export { allSessions, askToPersist, deleteSession, putSession, replaceSessions };
