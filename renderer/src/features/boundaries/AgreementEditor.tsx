import { useState, type FormEvent } from 'react'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { DateField } from '../../components/DateField'
import { TextField } from '../../components/TextField'
import { newItemId, newSectionId, type Draft, type DraftSection } from './draft'
import { SectionEditor } from './SectionEditor'

export interface AgreementEditorProps {
  draft: Draft
  setDraft: (update: (d: Draft) => Draft) => void
  myName: string
  otherName: string
}

/** The partner's own draft of the agreement: every change is kept as they type (see useAgreementDraft). */
export function AgreementEditor({ draft, setDraft, myName, otherName }: AgreementEditorProps) {
  const [newTitle, setNewTitle] = useState('')
  const [titleError, setTitleError] = useState<string | null>(null)

  const patchSection = (id: string, patch: Partial<DraftSection>) =>
    setDraft((d) => ({ ...d, sections: d.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) }))

  const addSection = () => {
    const title = newTitle.trim()
    if (!title) {
      setTitleError('Give the new section a name.')
      return
    }
    setTitleError(null)
    setNewTitle('')
    setDraft((d) => ({ ...d, sections: [...d.sections, { id: newSectionId(), title, custom: true, myNeed: '', otherNeed: '' }] }))
  }

  return (
    <form onSubmit={(event: FormEvent) => event.preventDefault()} noValidate className="stack boundaries-form" aria-label="The agreement">
      {draft.sections.map((section) => (
        <SectionEditor
          key={section.id}
          section={section}
          items={draft.items.filter((i) => i.sectionId === section.id)}
          myName={myName}
          otherName={otherName}
          onNeed={(myNeed) => patchSection(section.id, { myNeed })}
          onTitle={(title) => patchSection(section.id, { title })}
          onItem={(id, text) => setDraft((d) => ({ ...d, items: d.items.map((i) => (i.id === id ? { ...i, text } : i)) }))}
          onAddItem={() => setDraft((d) => ({ ...d, items: [...d.items, { id: newItemId(), sectionId: section.id, text: '' }] }))}
          onRemoveItem={(id) => setDraft((d) => ({ ...d, items: d.items.filter((i) => i.id !== id) }))}
          onRemoveSection={() =>
            setDraft((d) => ({ ...d, sections: d.sections.filter((s) => s.id !== section.id), items: d.items.filter((i) => i.sectionId !== section.id) }))
          }
        />
      ))}
      <Card aria-labelledby="add-section-heading">
        <h2 id="add-section-heading">Something else that matters to you</h2>
        <TextField label="Name of a new section" value={newTitle} maxLength={80} error={titleError} onChange={(e) => setNewTitle(e.target.value)} />
        <Button variant="secondary" onClick={addSection}>
          Add section
        </Button>
      </Card>
      <Card aria-labelledby="review-heading">
        <h2 id="review-heading">When to look at it again</h2>
        <DateField
          label="Revisit this agreement on"
          hint="Hearth reminds you both on this day. Needs change; that is fine."
          value={draft.reviewDate}
          onChange={(e) => setDraft((d) => ({ ...d, reviewDate: e.target.value }))}
        />
      </Card>
    </form>
  )
}
