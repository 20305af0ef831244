import { a as readRoutine, at as UNITS, nt as LOAD_BANDS, t as convertWeight } from "./last-time-Bl6Mqelm.js";
var MAX_JSON_BYTES = 65536;
var toCompact = (item) => [
	item.exerciseId,
	LOAD_BANDS.indexOf(item.load),
	item.weight,
	item.sets,
	item.reps,
	item.holdSeconds,
	item.restSeconds
];
var fromCompact = (raw) => {
	if (!Array.isArray(raw) || raw.length !== 7) return null;
	const [exerciseId, load, weight, sets, reps, holdSeconds, restSeconds] = raw;
	return {
		exerciseId,
		load: typeof load === "number" ? LOAD_BANDS[load] : void 0,
		weight,
		sets,
		reps,
		holdSeconds,
		restSeconds
	};
};
var base64url = (bytes) => {
	let binary = "";
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
var fromBase64url = (text) => {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
};
async function pipe(bytes, stream, cap) {
	const reader = new ReadableStream({ start(controller) {
		controller.enqueue(bytes);
		controller.close();
	} }).pipeThrough(stream).getReader();
	const chunks = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > cap) {
			await reader.cancel();
			throw new Error("too large");
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}
/** The link code for a routine (what follows `#r=`). */
async function encodeRoutine(routine, units) {
	const json = JSON.stringify({
		v: 1,
		n: routine.name,
		u: units,
		i: routine.items.map(toCompact)
	});
	return base64url(await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw"), MAX_JSON_BYTES));
}
var BROKEN = "This link is damaged or incomplete, so it can’t be opened. Ask for the link again. Nothing was changed.";
/**
* Read a link code. Never throws; says plainly what is wrong. Weights arrive in the opener's `units` (a link
* carries the units it was made in; one without them is taken to be in the opener's).
*/
async function decodeRoutine(code, units) {
	if (code.length === 0) return {
		ok: false,
		error: "This link has no routine in it. Nothing was changed."
	};
	if (code.length > 6e3) return {
		ok: false,
		error: "This link is too long to be a Spotter routine. Nothing was changed."
	};
	if (typeof DecompressionStream === "undefined") return {
		ok: false,
		error: "This browser can’t open shared routines. Try an up-to-date browser."
	};
	const bytes = fromBase64url(code);
	if (!bytes) return {
		ok: false,
		error: BROKEN
	};
	let payload;
	try {
		payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_JSON_BYTES)));
	} catch {
		return {
			ok: false,
			error: BROKEN
		};
	}
	if (typeof payload !== "object" || payload === null) return {
		ok: false,
		error: BROKEN
	};
	const { v, n, u, i } = payload;
	if (typeof v === "number" && v > 1) return {
		ok: false,
		error: "This link comes from a newer version of Spotter. Update the app, then open it again. Nothing was changed."
	};
	if (v !== 1 || !Array.isArray(i)) return {
		ok: false,
		error: BROKEN
	};
	const leftOut = [];
	const read = readRoutine({
		name: n,
		items: i.map(fromCompact)
	}, leftOut);
	if (!read) return leftOut.length > 0 && leftOut.length === i.length ? {
		ok: false,
		error: `None of this routine’s exercises are in this version of Spotter (${leftOut.join(", ")}).`
	} : {
		ok: false,
		error: BROKEN
	};
	const from = UNITS.find((unit) => unit === u) ?? units;
	const items = read.routine.items.map((item) => item.weight === null || from === units ? item : {
		...item,
		weight: convertWeight(item.weight, from, units)
	});
	return {
		ok: true,
		routine: {
			...read.routine,
			items
		},
		leftOut: [...new Set(leftOut)]
	};
}
export { decodeRoutine, encodeRoutine };
