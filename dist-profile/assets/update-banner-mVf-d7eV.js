import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { I as useWorkout, a as subscribeToUpdates, i as getUpdateState, o as page, r as applyUpdate } from "./index-B5N6klht.js";
// src/app/update-banner.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/**
* Offers a new version, but never mid-workout: it waits until the session is finished. When another tab
* already updated, this tab runs the old code: it offers a reload, which keeps everything saved.
*/
function UpdateBanner() {
	const update = (0, import_react.useSyncExternalStore)(subscribeToUpdates, getUpdateState, () => "none");
	const workout = useWorkout();
	if (update === "none" || workout) return null;
	if (update === "active") return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "callout callout--info row",
		role: "status",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: "Spotter was updated in another tab. Reload to use the new version." }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			className: "button button--small",
			type: "button",
			onClick: () => page.reload(),
			children: "Reload"
		})]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "callout callout--info row",
		role: "status",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: "A new version of Spotter is ready." }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			className: "button button--small",
			type: "button",
			onClick: applyUpdate,
			children: "Update now"
		})]
	});
}
export { UpdateBanner };
