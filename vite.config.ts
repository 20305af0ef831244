import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// BASE_PATH lets the static build live under a sub-path, e.g. BASE_PATH=/spotter/ npm run build
const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
  base,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
})
