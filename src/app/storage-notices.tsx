import type { LoadNotice } from '../store/persistence'
import { safeLocalStorage } from '../store/persistence'
import { useActions, useNotices, useSaveStatus } from '../store/spotter-store'
import { downloadText } from '../utils/download'

function backupDownloadName(key: string) {
  return `${key.replace(/[:.]/g, '-')}.json`
}

function BackupLink({ backupKey }: { backupKey: string | null }) {
  if (!backupKey) {
    return <p>The old data could not be copied to a backup: storage is full or blocked.</p>
  }
  const download = () => {
    const raw = safeLocalStorage()?.getItem(backupKey)
    if (raw != null) downloadText(backupDownloadName(backupKey), raw)
  }
  return (
    <p>
      A copy of the saved data is kept on this phone.{' '}
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
            <strong>Your saved data couldn’t be read,</strong> so Spotter started fresh. Nothing was deleted.
            ({notice.detail})
          </p>
          <BackupLink backupKey={notice.backupKey} />
        </>
      )
    case 'repaired':
      return (
        <>
          <p>
            <strong>Part of your saved data couldn’t be read.</strong> The rest was kept. ({notice.detail})
          </p>
          <BackupLink backupKey={notice.backupKey} />
        </>
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

/** What loading and saving have to tell the user: unreadable data, removed exercises, storage full. */
export function StorageNotices() {
  const notices = useNotices()
  const saveStatus = useSaveStatus()
  const { noticeDismissed } = useActions()
  if (notices.length === 0 && saveStatus === 'saving') return null
  return (
    <div className="storage-notices">
      {saveStatus === 'not-saving' && (
        <div className="callout callout--danger" role="alert">
          <strong>Changes aren’t being saved.</strong> This phone’s storage is full or blocked. Spotter keeps
          working, but anything you do now is lost when you close it.
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
