import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'

// The floor: the app's stack (React, the data router, a persisted zustand store, the service worker)
// doing as little as possible. Its toggle is the reference for the app's interactions.

interface FloorState {
  on: boolean
  toggled: () => void
}

const useFloor = create<FloorState>()(
  persist((set) => ({ on: false, toggled: () => set((state) => ({ on: !state.on })) }), {
    name: 'floor',
    partialize: (state) => ({ on: state.on }),
  }),
)

function Hello() {
  const on = useFloor((state) => state.on)
  const toggled = useFloor((state) => state.toggled)
  return (
    <main>
      <h1>Hello</h1>
      <button type="button" aria-pressed={on} onClick={toggled}>
        Toggle
      </button>
    </main>
  )
}

const base = import.meta.env.BASE_URL
const router = createBrowserRouter([{ path: '/', element: <Hello /> }], {
  basename: base.replace(/\/$/, '') || '/',
})

if ('serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }),
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)
