/** Sharing a link or a text: the phone's share sheet where it has one, else the clipboard. */

export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed'

/** The link that opens a shared routine: everything after `#` stays in the browser, never sent to a server. */
export const sharedRoutineUrl = (code: string, origin = location.origin): string =>
  `${origin}${import.meta.env.BASE_URL}shared#r=${code}`

export async function shareOrCopy(data: {
  title: string
  text?: string
  url?: string
}): Promise<ShareResult> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // Not allowed here (no user gesture left, a desktop without a share target): copy instead.
    }
  }
  const text = data.url ? (data.text ? `${data.text}\n${data.url}` : data.url) : (data.text ?? '')
  try {
    if (!navigator.clipboard) return 'failed'
    await navigator.clipboard.writeText(data.url && !data.text ? data.url : text)
    return 'copied'
  } catch {
    return 'failed'
  }
}
