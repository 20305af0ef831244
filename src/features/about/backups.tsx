import { useState } from 'react'
import { announce } from '../../components/live-region'
import {
  type Backup,
  backupAsFile,
  type ImportPreview,
  parseImportFile,
  readBackups,
  readSpotterData,
  removeBackup,
  type SpotterData,
  useActions,
} from '../../store/spotter-store'
import { downloadText } from '../../utils/download'
import { lazyDateFormat } from '../../utils/lazy-format'
import { ImportConfirm } from './import-confirm'

const WHEN = lazyDateFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
const keptAt = (backup: Backup) => {
  const time = Date.parse(backup.keptAt)
  return Number.isNaN(time) ? backup.keptAt : WHEN(time)
}
const fileName = (backup: Backup) => `${backup.key.replace(/[:.]/g, '-')}.json`

type Pending =
  | { kind: 'restore'; key: string; preview: ImportPreview; current: SpotterData }
  | { kind: 'delete'; key: string }
  | { kind: 'error'; key: string; message: string }
  | null

/**
 * Copies Spotter kept of damaged or replaced data, with Restore (through the same confirm as an import),
 * Download (a file Import accepts) and Delete (asks first).
 */
export function Backups() {
  const { dataImported } = useActions()
  const [backups, setBackups] = useState(readBackups)
  const [pending, setPending] = useState<Pending>(null)
  const refresh = () => setBackups(readBackups())

  if (backups.length === 0) return null

  const restore = (backup: Backup) => {
    const result = parseImportFile(backupAsFile(backup.raw))
    setPending(
      result.ok
        ? { kind: 'restore', key: backup.key, preview: result.preview, current: readSpotterData() }
        : { kind: 'error', key: backup.key, message: result.error },
    )
  }
  const remove = (key: string) => {
    const removed = removeBackup(key)
    setPending(
      removed
        ? null
        : { kind: 'error', key, message: 'This phone’s storage refused: the backup is still there.' },
    )
    refresh()
    if (removed) announce('Backup deleted.')
  }

  return (
    <section className="backups stack" aria-labelledby="backups-title">
      <h3 id="backups-title">Backups on this phone</h3>
      <p className="muted">
        Spotter keeps a copy whenever saved data had to be repaired or was replaced by an import.
      </p>
      <ul className="backups__list">
        {backups.map((backup) => (
          <li key={backup.key} className="backups__item">
            <p className="backups__when">Kept {keptAt(backup)}</p>
            <div className="row">
              <button className="button button--small" type="button" onClick={() => restore(backup)}>
                Restore…
              </button>
              <button
                className="button button--small"
                type="button"
                onClick={() => downloadText(fileName(backup), backupAsFile(backup.raw))}
              >
                Download
              </button>
              <button
                className="button button--small"
                type="button"
                onClick={() => setPending({ kind: 'delete', key: backup.key })}
              >
                Delete…
              </button>
            </div>
            {pending?.key === backup.key && pending.kind === 'restore' && (
              <ImportConfirm
                preview={pending.preview}
                current={pending.current}
                onConfirm={() => {
                  dataImported(pending.preview.data)
                  setPending(null)
                  refresh()
                  announce('Backup restored. The data it replaced was kept as a backup.')
                }}
                onCancel={() => setPending(null)}
              />
            )}
            {pending?.key === backup.key && pending.kind === 'delete' && (
              <section className="callout callout--caution" aria-label="Confirm: delete this backup">
                <p>Delete this backup? It can’t be undone.</p>
                <div className="row">
                  <button className="button button--danger" type="button" onClick={() => remove(backup.key)}>
                    Delete backup
                  </button>
                  <button className="button" type="button" onClick={() => setPending(null)}>
                    Keep it
                  </button>
                </div>
              </section>
            )}
            {pending?.key === backup.key && pending.kind === 'error' && (
              <p className="callout callout--danger" role="alert">
                {pending.message}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
