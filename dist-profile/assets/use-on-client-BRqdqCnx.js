import { a as __toESM, n as require_react } from "./jsx-runtime-Dq8_Q5KF.js";
// src/hooks/use-on-client.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var never = () => () => {};
/**
* False while the page is prerendered at build time (the server snapshot), true in the browser. Lets a
* screen prerender only what is the same for everyone, and leave a user's own data to the app.
*/
var useOnClient = () => (0, import_react.useSyncExternalStore)(never, () => true, () => false);
export { useOnClient as t };
