import { n as SOURCES } from "./sources-Bm5C8Tcd.js";
import { t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/components/source-citation.tsx
var import_jsx_runtime = require_jsx_runtime();
/** A source's title (linked where it has a public address), cited. Shared by the exercise and about screens. */
function SourceCitation({ id }) {
	const source = SOURCES[id];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("cite", {
		className: "source-citation",
		children: "url" in source ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
			href: source.url,
			rel: "noreferrer",
			target: "_blank",
			children: source.title
		}) : source.title
	});
}
export { SourceCitation as t };
