import { useOnClient } from '../hooks/use-on-client'
import {
  backupAsFile,
  type LoadNotice,
  readBackups,
  type StorageMode,
  useActions,
  useNotices,
  useSaveStatus,
  useStorageMode,
} from '../store/spotter-store'
import { downloadText } from '../utils/download'

const backupFileName = (key: string) => `${key.replace(/[:.]/g, '-')}.json`

function BackupLink({ backupKey }: { backupKey: string | null }) {
  if (!backupKey) return null
  const download = () => {
    const backup = readBackups().find((b) => b.key === backupKey)
    if (backup) downloadText(backupFileName(backupKey), backupAsFile(backup.raw))
  }
  return (
    <p>
      A copy of the saved data is kept on this phone (About → Backups).{' '}
      <button className="button button--small" type="button" onClick={download}>
        Download the backup
      </button>
    </p>
  )
}

function NoticeText({ notice }: { notice: LoadNotice }) {
  switch (notice.kind) {
    case 'unreadable':
      return (
        <>
          <p>
            <strong>Your saved data couldn’t be read,</strong> so Spotter started fresh. Nothing was deleted:{' '}
            {notice.detail}.
          </p>
          <BackupLink backupKey={notice.backupKey} />
        </>
      )
    case 'repaired':
      return (
        <>
          <p>
            <strong>Part of your saved data couldn’t be read</strong> and was left out: {notice.detail}. The
            rest was kept.
          </p>
          <BackupLink backupKey={notice.backupKey} />
        </>
      )
    case 'recovered':
      return (
        <p>
          <strong>
            {notice.count === 1 ? 'A session was' : `${notice.count} sessions were`} brought back into
            History.
          </strong>{' '}
          {notice.count === 1 ? 'It was' : 'They were'} kept safely on this phone, but the app was closed
          before History showed {notice.count === 1 ? 'it' : 'them'}.
        </p>
      )
    case 'unknown-exercises':
      return (
        <p>
          <strong>
            {notice.ids.length === 1 ? 'An exercise in your plan is' : 'Some exercises in your plan are'} no
            longer in Spotter
          </strong>{' '}
          ({notice.ids.join(', ')}) and {notice.ids.length === 1 ? 'was' : 'were'} taken out of the plan.
          Everything else was kept.
        </p>
      )
  }
}

/** Why this tab isn't saving, and what the user can do about it. */
function ModeNotice({ mode }: { mode: StorageMode }) {
  const { storageReloaded, storageReleased } = useActions()
  switch (mode.kind) {
    case 'ok':
      return null
    case 'unavailable':
      return (
        <div className="callout callout--danger" role="alert">
          <strong>This browser blocks storage for Spotter, so nothing is saved.</strong> If you saved a plan
          or workouts here before, they are not lost: allow site data for this page (or leave private
          browsing) and open Spotter again.
        </div>
      )
    case 'newer':
      return (
        <div className="callout callout--caution" role="alert">
          <p>
            <strong>Spotter was updated in another tab.</strong> This tab runs the older version, so it won’t
            save anything over your newer data. Reload to use the new version.
          </p>
          <button className="button button--small" type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      )
    case 'held':
      return (
        <div className="callout callout--danger" role="alert">
          <p>
            <strong>
              {mode.reason === 'read-failed'
                ? 'Spotter couldn’t read your saved data just now.'
                : 'Your saved data needs repair, but there is no room to keep a copy of it first.'}
            </strong>{' '}
            Nothing is saved until you choose, so nothing is written over it.
          </p>
          <div className="notice-actions">
            <button className="button button--small" type="button" onClick={storageReloaded}>
              Try again
            </button>
            {mode.raw !== null && (
              <button
                className="button button--small"
                type="button"
                onClick={() => {
                  if (mode.raw !== null) downloadText('spotter-saved-data.json', backupAsFile(mode.raw))
                }}
              >
                Download it
              </button>
            )}
            <button className="button button--small" type="button" onClick={storageReleased}>
              Start afresh and save
            </button>
          </div>
        </div>
      )
  }
}

/** What loading and saving have to tell the user: unreadable data, removed exercises, storage full. */
export function StorageNotices() {
  const notices = useNotices()
  const saveStatus = useSaveStatus()
  const mode = useStorageMode()
  const { noticeDismissed } = useActions()
  // What this phone's storage says is never prerendered: the build machine has no storage, and a first
  // paint that says "this browser blocks storage" would be untrue for almost everyone.
  if (!useOnClient()) return null
  return (
    <div className="storage-notices">
      <ModeNotice mode={mode} />
      {mode.kind === 'ok' && saveStatus === 'not-saved' && (
        <div className="callout callout--danger" role="alert">
          <strong>Changes aren’t being saved.</strong> This phone’s storage is full. Spotter keeps working,
          but anything you do now is lost when you close it. Free some space, or download your data from
          About.
        </div>
      )}
      {notices.map((notice) => (
        <div className="callout callout--caution" role="status" key={notice.kind}>
          <NoticeText notice={notice} />
          <button className="button button--small" type="button" onClick={() => noticeDismissed(notice.kind)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
