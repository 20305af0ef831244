// Runs before the first paint (a classic script in <head>, so it blocks rendering for a moment; the CSP allows
// it as a same-origin file). index.html holds the plan screen prerendered for someone with nothing saved. If
// nothing is saved on this phone, that is this visitor's own plan screen, so it is shown at once; otherwise
// its personal parts stay hidden behind "Loading your plan…" until the app renders the saved plan.
try {
  if (window.localStorage.getItem('spotter') === null)
    document.documentElement.setAttribute('data-first-visit', '')
} catch (_) {
  // Storage blocked: nothing can have been saved, and the app says so once it runs.
  document.documentElement.setAttribute('data-first-visit', '')
}
