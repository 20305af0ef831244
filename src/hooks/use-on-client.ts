import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * False while the page is prerendered at build time (the server snapshot), true in the browser. Lets a
 * screen prerender only what is the same for everyone, and leave a user's own data to the app.
 */
export const useOnClient = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
