import type { ExerciseLibrary as Library } from './exercise-library'

/**
 * The exercise library's code, loaded on its own: it sits below the plan, so the first screen's JS stays
 * small. main.tsx preloads it (with the plan screen) when index.html holds the prerendered plan, so the
 * render that replaces the markup shows the library at once, never its fallback.
 */
export const loadLibrary = () => import('./exercise-library')

let loaded: typeof Library | undefined

export async function preloadExerciseLibrary(): Promise<void> {
  loaded = (await loadLibrary()).ExerciseLibrary
}

/** The library component if it has already loaded. */
export const loadedLibrary = () => loaded
