import { useId, useRef, useState } from 'react'
import { announce } from '../../components/live-region'
import {
  exportFile,
  exportFileName,
  type ImportPreview,
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

  const onFile = async (file: File | undefined) => {
    if (!file) return
    const result = parseImportFile(await file.text())
    setState(
      result.ok
        ? { step: 'confirm', preview: result.preview, current: readSpotterData() }
        : { step: 'error', error: result.error },
    )
    if (!result.ok) announce(result.error)
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
        onChange={(event) => void onFile(event.target.files?.[0])}
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
