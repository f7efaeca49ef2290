import { getBoundarySection, BOUNDARY_SECTION_IDS, type BoundarySectionId } from '../../../../shared/content/boundaries'
import type { BoundaryItem } from '../../../../shared/contract/boundaries'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { TextArea } from '../../components/TextArea'
import { TextField } from '../../components/TextField'
import { WritingArea } from '../reflection/WritingArea'
import type { DraftSection } from './draft'

export interface SectionEditorProps {
  section: DraftSection
  items: BoundaryItem[]
  myName: string
  otherName: string
  onNeed: (text: string) => void
  onTitle: (title: string) => void
  onItem: (id: string, text: string) => void
  onAddItem: () => void
  onRemoveItem: (id: string) => void
  onRemoveSection: () => void
}

const builtIn = (id: string) => ((BOUNDARY_SECTION_IDS as readonly string[]).includes(id) ? getBoundarySection(id as BoundarySectionId) : null)

export function SectionEditor(props: SectionEditorProps) {
  const { section, items, myName, otherName } = props
  const content = builtIn(section.id)
  const headingId = `section-${section.id}`
  return (
    <Card className="boundary-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title || 'New section'}</h2>
      {content ? <p className="muted">{content.intro}</p> : null}
      {section.custom ? <TextField label="Section name" value={section.title} maxLength={80} onChange={(e) => props.onTitle(e.target.value)} /> : null}
      {content ? (
        <details className="boundary-prompts">
          <summary>Questions to start with</summary>
          <ul>
            {content.prompts.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="boundary-needs">
        {/* One heading style for both columns; the "I" statement help works here as in notes. */}
        <div className="boundary-my-need">
          <h3 id={`${headingId}-mine`}>What {myName} needs</h3>
          <WritingArea label={`What ${myName} needs: ${section.title || 'New section'}`} hideLabel coach rows={3} maxLength={4000} value={section.myNeed} onChange={props.onNeed} />
        </div>
        <div className="boundary-other-need">
          <h3>What {otherName} needs</h3>
          <p className={section.otherNeed ? undefined : 'muted'}>{section.otherNeed || `${otherName} has not written anything here yet.`}</p>
        </div>
      </div>
      <h3>What we agree</h3>
      {items.length === 0 ? <p className="muted">Nothing agreed here yet.</p> : null}
      <ol className="boundary-items">
        {items.map((item, index) => (
          <li key={item.id}>
            <TextArea textareaClassName="boundaries-textarea" label={`Agreed item ${index + 1}: ${section.title}`} hideLabel rows={2} maxLength={1000} value={item.text} onChange={(e) => props.onItem(item.id, e.target.value)} />
            <Button variant="quiet" onClick={() => props.onRemoveItem(item.id)}>
              Remove<span className="visually-hidden"> agreed item {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <div className="row">
        <Button variant="secondary" onClick={props.onAddItem}>
          Add an agreed item<span className="visually-hidden"> to {section.title}</span>
        </Button>
        {section.custom ? (
          <Button variant="quiet" onClick={props.onRemoveSection}>
            Remove this section
          </Button>
        ) : null}
      </div>
    </Card>
  )
}
