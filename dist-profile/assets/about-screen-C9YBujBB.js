import { t as ConditionToggles } from "./condition-toggles-C_NHDgvn.js";
import { a as GENERAL_ADVICE, i as DISCLAIMER, n as CONTENT_REVIEW, t as RedFlags } from "./red-flags-Dv4HOYhB.js";
import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { B as MAX_IMPORT_FILE_BYTES, F as useUndo, H as exportFile, K as announce, U as exportFileName, V as describeReplacement, W as parseImportFile, c as useDocumentTitle, g as useActions, h as removeBackup, m as readSpotterData, p as readBackups, z as backupAsFile } from "./index-B5N6klht.js";
import { t as SourceCitation } from "./source-citation-CKgHEGUT.js";
import { n as SOURCES } from "./sources-Bm5C8Tcd.js";
import { t as downloadText } from "./download-D8ux53oC.js";
// src/components/disclaimer.tsx
var import_jsx_runtime = require_jsx_runtime();
function Disclaimer() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		className: "disclaimer muted",
		children: DISCLAIMER
	});
}
// src/features/about/content-review.tsx
/** How the content was checked, in plain words. */
function ContentReview() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "about__section",
		"aria-labelledby": "about-review-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "about-review-title",
			children: CONTENT_REVIEW.title
		}), CONTENT_REVIEW.paragraphs.map((paragraph) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: paragraph }, paragraph))]
	});
}
// src/features/about/general-advice.tsx
function GeneralAdvice() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "about__section",
		"aria-labelledby": "about-advice-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "about-advice-title",
			children: "Training with your back in mind"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "advice-list",
			children: GENERAL_ADVICE.map((advice) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
				className: "card advice",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: advice.title }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: advice.text })]
			}, advice.id))
		})]
	});
}
// src/features/about/sources-list.tsx
var ALL_SOURCES = Object.entries(SOURCES);
/** Every source the dataset draws on, each named for what it is. */
function SourcesList() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "about__section",
		"aria-labelledby": "about-sources-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "about-sources-title",
			children: "Sources"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "source-list",
			children: ALL_SOURCES.map(([id, source]) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceCitation, { id }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "source-list__publisher",
					children: [
						source.kind,
						" · ",
						source.publisher
					]
				}),
				source.note && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "source-list__note muted",
					children: source.note
				})
			] }, id))
		})]
	});
}
// src/features/about/import-confirm.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/** What importing (a file or a backup) replaces, and what it leaves out; nothing changes until confirmed. */
function ImportConfirm({ preview, current, onConfirm, onCancel }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "callout callout--caution",
		"aria-label": "Confirm import",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "Importing replaces what is on this phone:" }) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: describeReplacement(current, preview.data).map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: line }, line)) }),
			preview.leftOut.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				"Left out, as this version doesn’t have them: ",
				preview.leftOut.join(", "),
				"."
			] }),
			preview.damaged.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				"Left out, as they couldn’t be read: ",
				preview.damaged.join("; "),
				"."
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "A copy of what is on the phone now is kept as a backup, and you can undo the import." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					className: "button button--primary",
					type: "button",
					onClick: onConfirm,
					children: "Replace my data"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					className: "button",
					type: "button",
					onClick: onCancel,
					children: "Cancel"
				})]
			})
		]
	});
}
// src/features/about/backups.tsx
var WHEN = new Intl.DateTimeFormat("en-GB", {
	dateStyle: "medium",
	timeStyle: "short"
});
var keptAt = (backup) => {
	const time = Date.parse(backup.keptAt);
	return Number.isNaN(time) ? backup.keptAt : WHEN.format(time);
};
var fileName = (backup) => `${backup.key.replace(/[:.]/g, "-")}.json`;
/**
* Copies Spotter kept of damaged or replaced data, with Restore (through the same confirm as an import),
* Download (a file Import accepts) and Delete (asks first).
*/
function Backups() {
	const { dataImported } = useActions();
	const [backups, setBackups] = (0, import_react.useState)(readBackups);
	const [pending, setPending] = (0, import_react.useState)(null);
	const refresh = () => setBackups(readBackups());
	if (backups.length === 0) return null;
	const restore = (backup) => {
		const result = parseImportFile(backupAsFile(backup.raw));
		setPending(result.ok ? {
			kind: "restore",
			key: backup.key,
			preview: result.preview,
			current: readSpotterData()
		} : {
			kind: "error",
			key: backup.key,
			message: result.error
		});
	};
	const remove = (key) => {
		const removed = removeBackup(key);
		setPending(removed ? null : {
			kind: "error",
			key,
			message: "This phone’s storage refused: the backup is still there."
		});
		refresh();
		if (removed) announce("Backup deleted.");
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "backups stack",
		"aria-labelledby": "backups-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: "backups-title",
				children: "Backups on this phone"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: "Spotter keeps a copy whenever saved data had to be repaired or was replaced by an import."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "backups__list",
				children: backups.map((backup) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: "backups__item",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
							className: "backups__when",
							children: ["Kept ", keptAt(backup)]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
							className: "row",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									className: "button button--small",
									type: "button",
									onClick: () => restore(backup),
									children: "Restore…"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									className: "button button--small",
									type: "button",
									onClick: () => downloadText(fileName(backup), backupAsFile(backup.raw)),
									children: "Download"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									className: "button button--small",
									type: "button",
									onClick: () => setPending({
										kind: "delete",
										key: backup.key
									}),
									children: "Delete…"
								})
							]
						}),
						pending?.key === backup.key && pending.kind === "restore" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImportConfirm, {
							preview: pending.preview,
							current: pending.current,
							onConfirm: () => {
								dataImported(pending.preview.data);
								setPending(null);
								refresh();
								announce("Backup restored. The data it replaced was kept as a backup.");
							},
							onCancel: () => setPending(null)
						}),
						pending?.key === backup.key && pending.kind === "delete" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
							className: "callout callout--caution",
							"aria-label": "Confirm: delete this backup",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Delete this backup? It can’t be undone." }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
								className: "row",
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									className: "button button--danger",
									type: "button",
									onClick: () => remove(backup.key),
									children: "Delete backup"
								}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									className: "button",
									type: "button",
									onClick: () => setPending(null),
									children: "Keep it"
								})]
							})]
						}),
						pending?.key === backup.key && pending.kind === "error" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
							className: "callout callout--danger",
							role: "alert",
							children: pending.message
						})
					]
				}, backup.key))
			})
		]
	});
}
// src/features/about/data-transfer.tsx
/** Download everything as one JSON file. The file is made on the phone; nothing is uploaded. */
function ExportData() {
	const download = () => {
		const now = /* @__PURE__ */ new Date();
		downloadText(exportFileName(now), exportFile(readSpotterData(), now));
		announce("Your data file was downloaded.");
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
		className: "button",
		type: "button",
		onClick: download,
		children: "Download my data"
	});
}
var FILE_TOO_LARGE = `This file is too large to be Spotter data (over ${MAX_IMPORT_FILE_BYTES / 1048576} MB). Nothing was changed.`;
var FILE_UNREADABLE = "Couldn’t read that file. Nothing was changed. Try picking it again.";
/** Import a file: validate it, say what it replaces, and change nothing until the user confirms. */
function ImportData() {
	const { dataImported, undoTaken } = useActions();
	const undo = useUndo();
	const [state, setState] = (0, import_react.useState)({ step: "idle" });
	const input = (0, import_react.useRef)(null);
	const inputId = (0, import_react.useId)();
	const fail = (error) => {
		setState({
			step: "error",
			error
		});
		announce(error);
	};
	const onFile = async (file) => {
		if (!file) return;
		if (file.size > 5242880) return fail(FILE_TOO_LARGE);
		let text;
		try {
			text = await file.text();
		} catch {
			return fail(FILE_UNREADABLE);
		}
		const result = parseImportFile(text);
		if (result.ok) setState({
			step: "confirm",
			preview: result.preview,
			current: readSpotterData()
		});
		else fail(result.error);
	};
	const reset = () => {
		setState({ step: "idle" });
		if (input.current) input.current.value = "";
	};
	const confirm = (preview) => {
		dataImported(preview.data);
		setState({ step: "done" });
		if (input.current) input.current.value = "";
		announce("Your data was imported.");
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "data-import stack",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
				className: "button data-import__label",
				htmlFor: inputId,
				children: "Import data from a file"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				id: inputId,
				ref: input,
				className: "data-import__input",
				type: "file",
				accept: "application/json,.json",
				onChange: (event) => {
					const file = event.target.files?.[0];
					event.target.value = "";
					onFile(file);
				}
			}),
			state.step === "error" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "callout callout--danger",
				role: "alert",
				children: state.error
			}),
			state.step === "done" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "callout callout--ok",
				role: "status",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Your data was imported." }), undo?.kind === "import" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					className: "button button--small",
					type: "button",
					onClick: () => {
						undoTaken();
						setState({ step: "idle" });
						announce("Import undone: your data is as it was.");
					},
					children: "Undo import"
				})]
			}),
			state.step === "confirm" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImportConfirm, {
				preview: state.preview,
				current: state.current,
				onConfirm: () => confirm(state.preview),
				onCancel: reset
			})
		]
	});
}
// src/features/about/delete-all-data.tsx
var DELETED = "All your data was deleted.";
var FAILED = "Nothing was deleted: this phone’s storage refused. Your data is still here.";
/** "Delete all my data", behind a confirm step. Focus follows the step so nothing is lost off-screen. */
function DeleteAllData() {
	const { allDataDeleted } = useActions();
	const [step, setStep] = (0, import_react.useState)("idle");
	const [returnFocus, setReturnFocus] = (0, import_react.useState)(false);
	const deleteButton = (0, import_react.useRef)(null);
	const confirmStep = (0, import_react.useRef)(null);
	const deletedMessage = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		if (step === "confirming") confirmStep.current?.focus();
		if (step === "deleted" || step === "failed") deletedMessage.current?.focus();
		if (step === "idle" && returnFocus) deleteButton.current?.focus();
	}, [step, returnFocus]);
	const confirm = async () => {
		const deleted = await allDataDeleted();
		setStep(deleted ? "deleted" : "failed");
		announce(deleted ? DELETED : FAILED);
	};
	const cancel = () => {
		setReturnFocus(true);
		setStep("idle");
	};
	if (step === "confirming") return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "delete-confirm callout callout--danger",
		ref: confirmStep,
		tabIndex: -1,
		"aria-label": "Confirm: delete all my data",
		"aria-describedby": "delete-confirm-text",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			id: "delete-confirm-text",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "This deletes your plan, ticks, profile and history on this phone." }), " It can’t be undone."]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "row",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				className: "button button--danger",
				type: "button",
				onClick: confirm,
				children: "Yes, delete everything"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				className: "button",
				type: "button",
				onClick: cancel,
				children: "Cancel"
			})]
		})]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		step === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "callout callout--danger delete-done",
			ref: deletedMessage,
			tabIndex: -1,
			children: FAILED
		}),
		step === "deleted" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			className: "callout callout--ok delete-done",
			ref: deletedMessage,
			tabIndex: -1,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				"aria-hidden": "true",
				children: "✓ "
			}), DELETED]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			className: "button button--danger",
			type: "button",
			ref: deleteButton,
			onClick: () => setStep("confirming"),
			children: "Delete all my data"
		})
	] });
}
// src/features/about/your-data.tsx
/** Everything about the data saved on this phone: export, import, delete. */
function YourData() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "about__section your-data",
		"aria-labelledby": "about-data-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "about-data-title",
				children: "Your data"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Your plan, ticks, back profile and history are saved on this phone only." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Keep a copy, or move it to another phone, as one file:" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "row",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExportData, {})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ImportData, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Backups, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DeleteAllData, {})
		]
	});
}
// src/features/about/about-screen.tsx
function AboutScreen() {
	useDocumentTitle("About and profile");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "about",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", { children: "About and profile" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("section", {
				className: "callout callout--info about-disclaimer",
				"aria-label": "Not medical advice",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Disclaimer, {})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				className: "about__section",
				"aria-labelledby": "about-profile-title",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
						id: "about-profile-title",
						children: "Your back"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "muted",
						children: "Spotter uses this to flag exercises to avoid or take care with, and to suggest safer swaps."
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ConditionToggles, { legend: "My back profile" })
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(GeneralAdvice, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RedFlags, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContentReview, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourcesList, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				className: "about__section",
				"aria-labelledby": "about-privacy-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "about-privacy-title",
					children: "Privacy"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "No account, no server, no tracking: your data never leaves this phone." })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(YourData, {})
		]
	});
}
export { AboutScreen };
