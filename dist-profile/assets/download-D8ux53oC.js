// src/utils/download.ts
/** Save text as a file on the device. Nothing leaves the phone. */
function downloadText(filename, text, type = "application/json") {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement("a");
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
export { downloadText as t };
