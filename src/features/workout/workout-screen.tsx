export function WorkoutScreen() {
  return <h1>WorkoutScreen (being built)</h1>
}
