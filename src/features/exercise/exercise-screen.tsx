export function ExerciseScreen() {
  return <h1>ExerciseScreen (being built)</h1>
}
