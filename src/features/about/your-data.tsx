import { Backups } from './backups'
import { ExportData, ImportData } from './data-transfer'
import { DeleteAllData } from './delete-all-data'

/** Everything about the data saved on this phone: export, import, delete. */
export function YourData() {
  return (
    <section className="about__section your-data" aria-labelledby="about-data-title">
      <h2 id="about-data-title">Your data</h2>
      <p>Your plan, ticks, back profile and history are saved on this phone only.</p>
      <p>Keep a copy, or move it to another phone, as one file:</p>
      <div className="row">
        <ExportData />
      </div>
      <ImportData />
      <Backups />
      <DeleteAllData />
    </section>
  )
}
