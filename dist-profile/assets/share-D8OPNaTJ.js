// src/utils/share.ts
/** The link that opens a shared routine: everything after `#` stays in the browser, never sent to a server. */
var sharedRoutineUrl = (code, origin = location.origin) => `${origin}/shared#r=${code}`;
async function shareOrCopy(data) {
	if (typeof navigator.share === "function" && (navigator.canShare?.(data) ?? true)) try {
		await navigator.share(data);
		return "shared";
	} catch (error) {
		if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
	}
	const text = data.url ? data.text ? `${data.text}\n${data.url}` : data.url : data.text ?? "";
	try {
		if (!navigator.clipboard) return "failed";
		await navigator.clipboard.writeText(data.url && !data.text ? data.url : text);
		return "copied";
	} catch {
		return "failed";
	}
}
export { sharedRoutineUrl as n, shareOrCopy as t };
