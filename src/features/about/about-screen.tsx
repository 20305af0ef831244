export function AboutScreen() {
  return <h1>AboutScreen (being built)</h1>
}
