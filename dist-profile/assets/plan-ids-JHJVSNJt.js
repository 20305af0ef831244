const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/exercise-figure-Cz6N0nFN.js","assets/jsx-runtime-Dq8_Q5KF.js"])))=>i.map(i=>d[i]);
import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { R as __vitePreload } from "./index-B5N6klht.js";
// src/components/figure-thumbnail.css
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
// src/components/figure-thumbnail.tsx
var import_jsx_runtime = require_jsx_runtime();
var Thumbnail = (0, import_react.lazy)(async () => ({ default: (await __vitePreload(async () => {
	const { FigureThumbnail } = await import("./exercise-figure-Cz6N0nFN.js").then((n) => n.i);
	return { FigureThumbnail };
}, __vite__mapDeps([0,1]))).FigureThumbnail }));
/**
* A small still figure for a list row (the library, the swap panel). The drawing and the pose data load
* lazily, after the first render, so they are never in the first screen's JavaScript or its prerendered
* HTML; the box keeps its size meanwhile, so nothing moves when it arrives. Hidden from screen readers:
* the exercise's name is read beside it.
*/
function LazyFigureThumbnail({ exerciseId }) {
	const [mounted, setMounted] = (0, import_react.useState)(false);
	const box = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		const element = box.current;
		if (!element || typeof IntersectionObserver === "undefined") {
			setMounted(true);
			return;
		}
		const observer = new IntersectionObserver((entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			setMounted(true);
			observer.disconnect();
		}, { rootMargin: "200px" });
		observer.observe(element);
		return () => observer.disconnect();
	}, []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
		className: "figure-thumb",
		"aria-hidden": "true",
		ref: box,
		children: mounted && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Suspense, {
			fallback: null,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Thumbnail, { exerciseId })
		})
	});
}
// src/features/plan/plan-ids.ts
/** DOM ids the plan screen moves focus to. Plan item keys are stable, so their ids are too. */
var LIBRARY_TITLE_ID = "plan-library-title";
var LIBRARY_SEARCH_ID = "plan-library-search";
var PLAN_EMPTY_ID = "plan-empty";
var itemIds = (key) => ({
	link: `plan-item-${key}-link`,
	up: `plan-item-${key}-up`,
	down: `plan-item-${key}-down`,
	swap: `plan-item-${key}-swap`,
	dose: `plan-item-${key}-dose`,
	editor: `plan-item-${key}-editor`,
	editorTitle: `plan-item-${key}-editor-title`,
	panel: `plan-item-${key}-swaps`,
	panelTitle: `plan-item-${key}-swaps-title`
});
export { LazyFigureThumbnail as a, itemIds as i, LIBRARY_TITLE_ID as n, PLAN_EMPTY_ID as r, LIBRARY_SEARCH_ID as t };
