import { useId, useRef, useState } from 'react'
import { announce } from '../../components/live-region'
import {
  exportFile,
  exportFileName,
  type ImportPreview,
  MAX_IMPORT_FILE_BYTES,
  parseImportFile,
  readSpotterData,
  type SpotterData,
  useActions,
  useUndo,
} from '../../store/spotter-store'
import { downloadText } from '../../utils/download'
import { ImportConfirm } from './import-confirm'

/** Download everything as one JSON file. The file is made on the phone; nothing is uploaded. */
export function ExportData() {
  const download = () => {
    const now = new Date()
    downloadText(exportFileName(now), exportFile(readSpotterData(), now))
    announce('Your data file was downloaded.')
  }
  return (
    <button className="button" type="button" onClick={download}>
      Download my data
    </button>
  )
}

/**
 * The largest file Import will read. Checked on `file.size` before a byte is read, so a huge file is
 * refused at once instead of freezing the phone. A year of daily sessions is well under 1 MB.
 */
const MAX_IMPORT_FILE_MB = MAX_IMPORT_FILE_BYTES / (1024 * 1024)

export const FILE_TOO_LARGE = `This file is too large to be Spotter data (over ${MAX_IMPORT_FILE_MB} MB). Nothing was changed.`
export const FILE_UNREADABLE = 'Couldn’t read that file. Nothing was changed. Try picking it again.'

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; error: string }
  | { step: 'confirm'; preview: ImportPreview; current: SpotterData }
  | { step: 'done' }

/** Import a file: validate it, say what it replaces, and change nothing until the user confirms. */
export function ImportData() {
  const { dataImported, undoTaken } = useActions()
  const undo = useUndo()
  const [state, setState] = useState<ImportState>({ step: 'idle' })
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()

  const fail = (error: string) => {
    setState({ step: 'error', error })
    announce(error)
  }
  const onFile = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_IMPORT_FILE_BYTES) return fail(FILE_TOO_LARGE)
    let text: string
    try {
      text = await file.text()
    } catch {
      // Moved, deleted, or a cloud file that isn't on the phone.
      return fail(FILE_UNREADABLE)
    }
    const result = parseImportFile(text)
    if (result.ok) setState({ step: 'confirm', preview: result.preview, current: readSpotterData() })
    else fail(result.error)
  }
  const reset = () => {
    setState({ step: 'idle' })
    if (input.current) input.current.value = ''
  }
  const confirm = (preview: ImportPreview) => {
    dataImported(preview.data)
    setState({ step: 'done' })
    if (input.current) input.current.value = ''
    announce('Your data was imported.')
  }

  return (
    <div className="data-import stack">
      <label className="button data-import__label" htmlFor={inputId}>
        Import data from a file
      </label>
      <input
        id={inputId}
        ref={input}
        className="data-import__input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Emptied at once, so picking the same file again (after fixing it, or after an error) is a change.
          event.target.value = ''
          void onFile(file)
        }}
      />
      {state.step === 'error' && (
        <p className="callout callout--danger" role="alert">
          {state.error}
        </p>
      )}
      {state.step === 'done' && (
        <div className="callout callout--ok" role="status">
          <p>Your data was imported.</p>
          {undo?.kind === 'import' && (
            <button
              className="button button--small"
              type="button"
              onClick={() => {
                undoTaken()
                setState({ step: 'idle' })
                announce('Import undone: your data is as it was.')
              }}
            >
              Undo import
            </button>
          )}
        </div>
      )}
      {state.step === 'confirm' && (
        <ImportConfirm
          preview={state.preview}
          current={state.current}
          onConfirm={() => confirm(state.preview)}
          onCancel={reset}
        />
      )}
    </div>
  )
}
