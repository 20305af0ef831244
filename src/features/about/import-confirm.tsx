import { describeReplacement, type ImportPreview, type SpotterData } from '../../store/spotter-store'

interface Props {
  preview: ImportPreview
  /** The data on the phone when the file was read: what importing replaces. */
  current: SpotterData
  onConfirm: () => void
  onCancel: () => void
}

/** What importing (a file or a backup) replaces, and what it leaves out; nothing changes until confirmed. */
export function ImportConfirm({ preview, current, onConfirm, onCancel }: Props) {
  return (
    <section className="callout callout--caution" aria-label="Confirm import">
      <p>
        <strong>Importing replaces what is on this phone:</strong>
      </p>
      <ul>
        {describeReplacement(current, preview.data).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {preview.leftOut.length > 0 && (
        <p>Left out, as this version doesn’t have them: {preview.leftOut.join(', ')}.</p>
      )}
      {preview.damaged.length > 0 && <p>Left out, as they couldn’t be read: {preview.damaged.join('; ')}.</p>}
      <p>A copy of what is on the phone now is kept as a backup, and you can undo the import.</p>
      <div className="row">
        <button className="button button--primary" type="button" onClick={onConfirm}>
          Replace my data
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  )
}
