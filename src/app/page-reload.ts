/**
 * The one way the app reloads itself (into a new version, or to fetch a screen's code again). An object, so
 * a test can watch it: jsdom cannot navigate.
 */
export const page = {
  reload: (): void => window.location.reload(),
}
