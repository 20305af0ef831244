export function HistoryScreen() {
  return <h1>HistoryScreen (being built)</h1>
}
