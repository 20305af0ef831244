export function PlanScreen() {
  return <h1>PlanScreen (being built)</h1>
}
