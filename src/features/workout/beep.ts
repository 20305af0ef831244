/**
 * A short double beep through Web Audio. iOS only lets a page make sound from an AudioContext
 * created (or resumed) during a tap, so `createBeeper()` belongs in the Start button's handler.
 * Returns null where Web Audio is missing; every call is best-effort and never throws.
 */
export interface Beeper {
  beep: () => void
  close: () => void
}

type AudioContextConstructor = new () => AudioContext

function audioContextConstructor(): AudioContextConstructor | null {
  if (typeof window === 'undefined') return null
  const w = window as unknown as {
    AudioContext?: AudioContextConstructor
    webkitAudioContext?: AudioContextConstructor
  }
  return w.AudioContext ?? w.webkitAudioContext ?? null
}

export function createBeeper(): Beeper | null {
  const Context = audioContextConstructor()
  if (!Context) return null
  let context: AudioContext
  try {
    context = new Context()
    void context.resume().catch(() => {})
  } catch {
    return null
  }

  const tone = (startAt: number) => {
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = 880
    gain.gain.setValueAtTime(0.0001, startAt)
    gain.gain.exponentialRampToValueAtTime(0.4, startAt + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, startAt + 0.18)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(startAt)
    oscillator.stop(startAt + 0.2)
  }

  return {
    beep: () => {
      try {
        void context.resume().catch(() => {})
        tone(context.currentTime)
        tone(context.currentTime + 0.3)
      } catch {
        // No sound is fine: the screen and the vibration still say the hold is done.
      }
    },
    close: () => {
      void context.close().catch(() => {})
    },
  }
}

/** Buzz twice where the phone can (Android); a no-op elsewhere (iOS Safari has no vibrate). */
export function vibrateDone() {
  try {
    navigator.vibrate?.([200, 100, 200])
  } catch {
    // Vibration blocked: nothing to do.
  }
}

let shared: Beeper | null = null

/** Make the workout's one beeper, in a tap (iOS allows sound only from a context made in a gesture). */
export function primeBeeper() {
  shared ??= createBeeper()
}

/** The end of a hold or a rest: a double beep where sound was primed, and a buzz where the phone can. */
export function signalEnd() {
  vibrateDone()
  shared?.beep()
}
