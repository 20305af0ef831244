import { DISCLAIMER } from '../data/advice'

export function Disclaimer() {
  return <p className="disclaimer muted">{DISCLAIMER}</p>
}
