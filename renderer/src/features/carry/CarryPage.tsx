import { ExportCard } from './ExportCard'
import { ImportCard } from './ImportCard'
import { SeparateWaysCard } from './SeparateWaysCard'
import './carry.css'

/** Taking your writing elsewhere, and bringing writing in. */
export function CarryPage() {
  return (
    <div className="stack">
      <div>
        <h1>Export &amp; import</h1>
        <p className="muted">
          Take what you have written elsewhere, or bring entries from another journal into your own private journal.
        </p>
      </div>
      <ExportCard />
      <SeparateWaysCard />
      <ImportCard />
    </div>
  )
}
