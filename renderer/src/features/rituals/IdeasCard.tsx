import { useState, type FormEvent } from 'react'
import { IDEA_CATEGORIES, TOGETHER_IDEAS, type IdeaCategoryId } from '../../../../shared/content/rituals'
import type { CustomIdea } from '../../../../shared/contract/worksheets'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { useAsyncAction } from '../vault/useAsyncAction'

export interface IdeasCardProps {
  custom: CustomIdea[]
  onLog: (what: string) => void
  onAdded: () => void
  random?: () => number
}

export function IdeasCard({ custom, onLog, onAdded, random = Math.random }: IdeasCardProps) {
  const [idea, setIdea] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [category, setCategory] = useState<IdeaCategoryId>('at-home')
  const { busy, error, run } = useAsyncAction()
  const all = [...TOGETHER_IDEAS.map((i) => i.text), ...custom.map((i) => i.text)]

  const draw = () => {
    // Never the same idea twice in a row, so "another" always shows something new.
    const pool = all.filter((t) => t !== idea)
    setIdea(pool[Math.floor(random() * pool.length)] ?? null)
  }
  const add = async (event: FormEvent) => {
    event.preventDefault()
    if ((await run(() => call('rituals:add-idea', { text: text.trim(), category }))) === null) return
    setText('')
    onAdded()
  }

  return (
    <Card aria-labelledby="rituals-ideas">
      <h2 id="rituals-ideas">Ideas for time together</h2>
      {idea ? <p className="worksheet-big">{idea}</p> : <p className="muted">Stuck for something to do? Draw an idea.</p>}
      <div className="row">
        <Button variant="secondary" onClick={draw}>
          {idea ? 'Another idea' : 'Draw an idea'}
        </Button>
        {idea ? (
          <Button variant="quiet" onClick={() => onLog(idea)}>
            We did this
          </Button>
        ) : null}
      </div>
      <form onSubmit={(e) => void add(e)} noValidate aria-labelledby="idea-add">
        <h3 id="idea-add">Add your own idea</h3>
        <TextField label="Idea" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        <div className="field">
          <label className="field__label" htmlFor="idea-category">
            Kind of idea
          </label>
          <select id="idea-category" className="input" value={category} onChange={(e) => setCategory(e.target.value as IdeaCategoryId)}>
            {IDEA_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <Button type="submit" variant="secondary" busy={busy} busyLabel="Adding…">
          Add idea
        </Button>
      </form>
    </Card>
  )
}
