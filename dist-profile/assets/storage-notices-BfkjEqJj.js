import { t as useOnClient } from "./use-on-client-BRqdqCnx.js";
import { M as useSaveStatus, O as useNotices, P as useStorageMode, g as useActions, p as readBackups, z as backupAsFile } from "./index-B5N6klht.js";
import { t as downloadText } from "./download-D8ux53oC.js";
import { t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/app/storage-notices.tsx
var import_jsx_runtime = require_jsx_runtime();
var backupFileName = (key) => `${key.replace(/[:.]/g, "-")}.json`;
function BackupLink({ backupKey }) {
	if (!backupKey) return null;
	const download = () => {
		const backup = readBackups().find((b) => b.key === backupKey);
		if (backup) downloadText(backupFileName(backupKey), backupAsFile(backup.raw));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
		"A copy of the saved data is kept on this phone (About → Backups).",
		" ",
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			className: "button button--small",
			type: "button",
			onClick: download,
			children: "Download the backup"
		})
	] });
}
function NoticeText({ notice }) {
	switch (notice.kind) {
		case "unreadable": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "Your saved data couldn’t be read," }),
			" so Spotter started fresh. Nothing was deleted:",
			" ",
			notice.detail,
			"."
		] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(BackupLink, { backupKey: notice.backupKey })] });
		case "repaired": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "Part of your saved data couldn’t be read" }),
			" and was left out: ",
			notice.detail,
			". The rest was kept."
		] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(BackupLink, { backupKey: notice.backupKey })] });
		case "recovered": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("strong", { children: [notice.count === 1 ? "A session was" : `${notice.count} sessions were`, " brought back into History."] }),
			" ",
			notice.count === 1 ? "It was" : "They were",
			" kept safely on this phone, but the app was closed before History showed ",
			notice.count === 1 ? "it" : "them",
			"."
		] });
		case "unknown-exercises": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("strong", { children: [notice.ids.length === 1 ? "An exercise in your plan is" : "Some exercises in your plan are", " no longer in Spotter"] }),
			" ",
			"(",
			notice.ids.join(", "),
			") and ",
			notice.ids.length === 1 ? "was" : "were",
			" taken out of the plan. Everything else was kept."
		] });
	}
}
/** Why this tab isn't saving, and what the user can do about it. */
function ModeNotice({ mode }) {
	const { storageReloaded, storageReleased } = useActions();
	switch (mode.kind) {
		case "ok": return null;
		case "unavailable": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "callout callout--danger",
			role: "alert",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "This browser blocks storage for Spotter, so nothing is saved." }), " If you saved a plan or workouts here before, they are not lost: allow site data for this page (or leave private browsing) and open Spotter again."]
		});
		case "newer": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "callout callout--caution",
			role: "alert",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "Spotter was updated in another tab." }), " This tab runs the older version, so it won’t save anything over your newer data. Reload to use the new version."] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				className: "button button--small",
				type: "button",
				onClick: () => window.location.reload(),
				children: "Reload"
			})]
		});
		case "held": return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "callout callout--danger",
			role: "alert",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: mode.reason === "read-failed" ? "Spotter couldn’t read your saved data just now." : "Your saved data needs repair, but there is no room to keep a copy of it first." }),
				" ",
				"Nothing is saved until you choose, so nothing is written over it."
			] }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "notice-actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						className: "button button--small",
						type: "button",
						onClick: storageReloaded,
						children: "Try again"
					}),
					mode.raw !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						className: "button button--small",
						type: "button",
						onClick: () => {
							if (mode.raw !== null) downloadText("spotter-saved-data.json", backupAsFile(mode.raw));
						},
						children: "Download it"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						className: "button button--small",
						type: "button",
						onClick: storageReleased,
						children: "Start afresh and save"
					})
				]
			})]
		});
	}
}
/** What loading and saving have to tell the user: unreadable data, removed exercises, storage full. */
function StorageNotices() {
	const notices = useNotices();
	const saveStatus = useSaveStatus();
	const mode = useStorageMode();
	const { noticeDismissed } = useActions();
	if (!useOnClient()) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "storage-notices",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ModeNotice, { mode }),
			mode.kind === "ok" && saveStatus === "not-saved" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "callout callout--danger",
				role: "alert",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "Changes aren’t being saved." }), " This phone’s storage is full. Spotter keeps working, but anything you do now is lost when you close it. Free some space, or download your data from About."]
			}),
			notices.map((notice) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "callout callout--caution",
				role: "status",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NoticeText, { notice }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					className: "button button--small",
					type: "button",
					onClick: () => noticeDismissed(notice.kind),
					children: "Dismiss"
				})]
			}, notice.kind))
		]
	});
}
export { StorageNotices };
