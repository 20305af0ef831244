/**
 * A date formatter made on first use, not when its module loads. The first `Intl.DateTimeFormat` a page makes
 * loads the browser's locale data: about 60–70 ms at a mid-range phone's speed (measured at 4× CPU slowdown),
 * which, at module level, landed in the startup's longest task even when nothing on screen showed a date.
 */
export function lazyDateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): (date: Date | number) => string {
  let format: Intl.DateTimeFormat | undefined
  return (date) => {
    format ??= new Intl.DateTimeFormat(locale, options)
    return format.format(date)
  }
}
