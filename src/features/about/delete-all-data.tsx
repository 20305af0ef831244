import { useEffect, useRef, useState } from 'react'
import { announce } from '../../components/live-region'
import { useActions } from '../../store/spotter-store'

type Step = 'idle' | 'confirming' | 'deleted' | 'failed'

const DELETED = 'All your data was deleted.'
const FAILED = 'Nothing was deleted: this phone’s storage refused. Your data is still here.'

/** "Delete all my data", behind a confirm step. Focus follows the step so nothing is lost off-screen. */
export function DeleteAllData() {
  const { allDataDeleted } = useActions()
  const [step, setStep] = useState<Step>('idle')
  const [returnFocus, setReturnFocus] = useState(false)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const confirmStep = useRef<HTMLElement>(null)
  const deletedMessage = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (step === 'confirming') confirmStep.current?.focus()
    if (step === 'deleted' || step === 'failed') deletedMessage.current?.focus()
    if (step === 'idle' && returnFocus) deleteButton.current?.focus()
  }, [step, returnFocus])

  const confirm = async () => {
    // Says "deleted" only once it really is gone (backups included).
    const deleted = await allDataDeleted()
    setStep(deleted ? 'deleted' : 'failed')
    announce(deleted ? DELETED : FAILED)
  }
  const cancel = () => {
    setReturnFocus(true)
    setStep('idle')
  }

  if (step === 'confirming') {
    return (
      <section
        className="delete-confirm callout callout--danger"
        ref={confirmStep}
        tabIndex={-1}
        aria-label="Confirm: delete all my data"
        aria-describedby="delete-confirm-text"
      >
        <p id="delete-confirm-text">
          <strong>This deletes your plan, ticks, profile and history on this phone.</strong> It can’t be
          undone.
        </p>
        <div className="row">
          <button className="button button--danger" type="button" onClick={confirm}>
            Yes, delete everything
          </button>
          <button className="button" type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </section>
    )
  }

  return (
    <>
      {step === 'failed' && (
        <p className="callout callout--danger delete-done" ref={deletedMessage} tabIndex={-1}>
          {FAILED}
        </p>
      )}
      {step === 'deleted' && (
        <p className="callout callout--ok delete-done" ref={deletedMessage} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>
          {DELETED}
        </p>
      )}
      <button
        className="button button--danger"
        type="button"
        ref={deleteButton}
        onClick={() => setStep('confirming')}
      >
        Delete all my data
      </button>
    </>
  )
}
