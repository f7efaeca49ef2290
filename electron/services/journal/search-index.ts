// The search candidates of one session: every text the active partner may read, folded, in the
// order hits are shown. Built once per session (in slices, see ../warmup.ts, or all at once by the
// first query that cannot wait) and from then on kept up to date record by record: the vault's
// record store says which records a save changed, and only their candidates are built again (a
// reflection week's, whose view joins both partners' records, as one). A save costs the few
// records it touched, not the whole journal.
//
// What may be searched is decided exactly as the screens decide it, with the same functions:
// the partner's own private entries only (owner === active partner), shared notes, and each
// reflection week as viewWeek shows it to the active partner (a hidden column has no answers).

import type { PartnerId } from '../../../shared/domain'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../shared/content/reflection'
import type { SearchHit } from '../../../shared/contract/journal'
import { foldForSearch, type Folded, type PreparedText } from '../../../shared/logic/history'
import type { RecordChange, RecordStore, StoredRecord } from '../vault/types'
import { KIND, isRecordOf, type AnswersBody, type EntryBody, type NoteBody } from './records'
import { recordsForWeek, viewWeek } from './reflection.service'

/**
 * What a hit on a text says about it. An entry's or a note's week is worked out only for the
 * hits shown (from `createdAt`): the local-calendar arithmetic costs more than folding the text.
 */
export type Candidate = Omit<SearchHit, 'snippet' | 'matches' | 'week'> & ({ week: string } | { week: null; createdAt: string })

export type Names = Record<PartnerId, string>

/**
 * Where a text goes in the shown order: newest `date` first; on equal dates, the order the
 * services list things in (reflections, then private entries, then notes; within them, what
 * their lists and a stable sort give: see `shownOrder`).
 */
interface Place {
  date: string
  /** 0 reflection, 1 private entry, 2 note. */
  group: number
  /** Newest first: an entry's writing date (the private list's order). */
  by: string
  /** Oldest first, then `rid`: the record store's order (a week: its first record's). */
  at: string
  rid: string
  /** Within one record or week: column and prompt, or text before title. */
  sub: number
}

/** One searchable text, folded, with what a hit on it says and where it is shown. */
export interface Item extends PreparedText, Place {
  hit: Candidate
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** A total order (every text has its own place), so a list kept up to date equals one sorted afresh. */
export const shownOrder = (a: Place, b: Place): number =>
  cmp(b.date, a.date) || a.group - b.group || cmp(b.by, a.by) || cmp(a.at, b.at) || cmp(a.rid, b.rid) || a.sub - b.sub
/** The record store's list order: oldest first, then by id. */
const listOrder = (a: StoredRecord, b: StoredRecord): number => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id)

type Answers = StoredRecord<AnswersBody>
/** What one round of changes did to the shown list. */
type Delta = { added: Item[]; dropped: Set<Item> }

export function createSearchIndex(me: PartnerId, startNames: Names, startDay: string, now: () => Date) {
  let names = startNames
  let day = startDay
  const entries = new Map<string, Item[]>()
  const notes = new Map<string, Item[]>()
  const weeks = new Map<string, Item[]>()
  /** The shared answers records by week, and each one's week: a week is built from all of them. */
  const answersOf = new Map<string, Map<string, Answers>>()
  const weekOf = new Map<string, string>()
  /** Every item under its id, which is its index here (a dropped item leaves a hole). */
  const byId: (Item | undefined)[] = []
  let held = 0
  let nextId = 0
  let shown: Item[] = []
  /** Records changed since the last refresh (told by the record store). */
  const changed = new Set<string>()

  /** Texts an earlier build of the same record folded (a week rebuilt because one column changed). */
  const foldedIn = (old: Item[] | undefined): Map<string, Folded> | undefined => (old?.length ? new Map(old.map((i) => [i.text, i])) : undefined)
  // One object per text, built field by field: the items are scanned on every query, so they stay
  // small and all of one shape.
  const item = (hit: Candidate, text: string, memo: Map<string, Folded> | undefined, date: string, group: number, by: string, at: string, rid: string, sub: number): Item => {
    const { folded, map } = memo?.get(text) ?? foldForSearch(text)
    return { id: String(nextId++), text, folded, map, date, group, by, at, rid, sub, hit }
  }

  const entryItems = (r: StoredRecord<EntryBody>, old?: Item[]): Item[] => {
    const hit: Candidate = { kind: 'private', id: r.id, title: r.body.title || 'Untitled entry', date: r.updatedAt, week: null, createdAt: r.createdAt }
    const memo = foldedIn(old)
    const by = r.body.writtenAt ?? r.createdAt
    // The title is searched too, but a match in the words is the more useful snippet.
    const out = [item(hit, r.body.text, memo, r.updatedAt, 1, by, r.createdAt, r.id, 0)]
    if (r.body.title) out.push(item(hit, r.body.title, memo, r.updatedAt, 1, by, r.createdAt, r.id, 1))
    return out
  }

  const noteItems = (r: StoredRecord<NoteBody>, old?: Item[]): Item[] => {
    const hit: Candidate = { kind: 'note', id: r.id, title: `Note from ${names[r.body.from]} to ${names[r.body.to]}`, date: r.createdAt, week: null, createdAt: r.createdAt }
    return [item(hit, r.body.text, foldedIn(old), r.createdAt, 2, '', r.createdAt, r.id, 0)]
  }

  const weekItems = (week: string, old?: Item[]): Item[] => {
    const records = [...(answersOf.get(week)?.values() ?? [])].sort(listOrder)
    const first = records[0]
    if (!first) return []
    // The same view the reflection screen gets: hidden answers are never searched.
    const view = viewWeek(week, me, recordsForWeek(records, week), now())
    const memo = foldedIn(old)
    const out: Item[] = []
    for (const [c, col] of [view.mine, view.theirs].entries()) {
      for (const [p, id] of REFLECTION_PROMPT_IDS.entries()) {
        const text = col.answers?.[id]
        if (typeof text !== 'string') continue
        const date = col.updatedAt ?? view.startsOn
        const hit: Candidate = { kind: 'reflection', id: week, title: `${getReflectionPrompt(id).label} (${names[col.partner]}), ${view.label}`, date, week }
        out.push(item(hit, text, memo, date, 0, '', first.createdAt, first.id, c * REFLECTION_PROMPT_IDS.length + p))
      }
    }
    return out
  }

  /** Replaces the items of one record (or week) by `items`, noting the difference in `delta`. */
  const setPart = (parts: Map<string, Item[]>, key: string, items: Item[], delta: Delta): void => {
    for (const i of parts.get(key) ?? []) {
      byId[Number(i.id)] = undefined
      held--
      delta.dropped.add(i)
    }
    if (items.length) parts.set(key, items)
    else parts.delete(key)
    for (const i of items) {
      byId[Number(i.id)] = i
      held++
      delta.added.push(i)
    }
  }

  const addAnswers = (r: Answers): void => {
    let ofWeek = answersOf.get(r.body.week)
    if (!ofWeek) answersOf.set(r.body.week, (ofWeek = new Map<string, Answers>()))
    ofWeek.set(r.id, r)
    weekOf.set(r.id, r.body.week)
  }

  /** Two lists in shown order as one. */
  const merge = (a: Item[], b: Item[]): Item[] => {
    const out: Item[] = new Array<Item>(a.length + b.length)
    let i = 0
    let j = 0
    for (let k = 0; k < out.length; k++) out[k] = j >= b.length || (i < a.length && shownOrder(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!
    return out
  }

  /** The shown list after `delta`: what stayed is in order already, so the new items are merged in. */
  const publish = (delta: Delta): void => {
    if (!delta.added.length && !delta.dropped.size) return
    const kept = delta.dropped.size ? shown.filter((i) => !delta.dropped.has(i)) : shown
    shown = merge(kept, delta.added.sort(shownOrder))
  }

  /** Builds again whatever record `id` now is (or drops it), as the store has it now. */
  const update = (store: RecordStore, id: string, delta: Delta, dirtyWeeks: Set<string>): void => {
    const r = store.get<unknown>(id)
    const entry = r && isRecordOf(KIND.entry, r) && r.owner === me ? r : undefined
    if (entry || entries.has(id)) setPart(entries, id, entry ? entryItems(entry, entries.get(id)) : [], delta)
    const note = r && isRecordOf(KIND.note, r) && r.owner === 'shared' ? r : undefined
    if (note || notes.has(id)) setPart(notes, id, note ? noteItems(note, notes.get(id)) : [], delta)
    const was = weekOf.get(id)
    if (was !== undefined) {
      answersOf.get(was)?.delete(id)
      weekOf.delete(id)
      dirtyWeeks.add(was)
    }
    if (r && isRecordOf(KIND.answers, r) && r.owner === 'shared') {
      addAnswers(r)
      dirtyWeeks.add(r.body.week)
    }
  }

  const rebuildWeek = (week: string, delta: Delta): void => {
    setPart(weeks, week, weekItems(week, weeks.get(week)), delta)
    if (answersOf.get(week)?.size === 0) answersOf.delete(week)
  }

  /**
   * One step of the first build over a list: the first call reads the list (the store keeps its
   * lists, so this is quick), each later one takes one element; true once all are taken.
   */
  const eachOf = <T>(read: (store: RecordStore) => T[], take: (x: T, delta: Delta) => void) => {
    let list: T[] | null = null
    let at = 0
    return (store: RecordStore, delta: Delta): boolean => {
      if (!list) {
        list = read(store)
        return false
      }
      // Moved on only once taken: an element that throws throws again for the query that needs it.
      if (at < list.length) {
        take(list[at]!, delta)
        at++
      }
      if (at < list.length) return false
      list = null
      return true
    }
  }
  // The first build, in units small enough to stop between. Records are checked as listRecords
  // checks them (kind, owner, well-formed body), one at a time. Newest first: the items then come
  // close to shown order, and sorting them once at the end is cheap.
  const steps = [
    eachOf(
      (store) => store.list<unknown>(KIND.answers, 'shared'),
      (r) => {
        if (isRecordOf(KIND.answers, r) && r.owner === 'shared') addAnswers(r)
      },
    ),
    eachOf(() => [...answersOf.keys()].reverse(), rebuildWeek),
    // The same list as the private screen's: the active partner's own entries only.
    eachOf(
      (store) => store.list<unknown>(KIND.entry, me).reverse(),
      (r, delta) => {
        if (isRecordOf(KIND.entry, r) && r.owner === me) setPart(entries, r.id, entryItems(r), delta)
      },
    ),
    eachOf(
      (store) => store.list<unknown>(KIND.note, 'shared').reverse(),
      (r, delta) => {
        if (isRecordOf(KIND.note, r) && r.owner === 'shared') setPart(notes, r.id, noteItems(r), delta)
      },
    ),
  ]
  // Then the one sort of the first build, in pieces too: runs sorted one per unit, merged two by
  // two, so that no unit sorts tens of thousands of texts (publish then finds them in order).
  const RUN = 2048
  let runs: Item[][] | null = null
  let sorted = 0
  steps.push((_store, delta) => {
    if (!runs) {
      runs = []
      sorted = 0
    } else if (sorted < delta.added.length) {
      runs.push(delta.added.slice(sorted, sorted + RUN).sort(shownOrder))
      sorted += RUN
    } else if (runs.length > 1) {
      const [a, b] = runs.splice(0, 2)
      runs.push(merge(a!, b!))
    } else {
      delta.added = runs[0] ?? []
      runs = null
      return true
    }
    return false
  })
  let build: Delta | null = { added: [], dropped: new Set() }
  let step = 0
  const unit = (store: RecordStore, delta: Delta): void => {
    if (step < steps.length) {
      if (steps[step]!(store, delta)) step++
    } else {
      publish(delta)
      build = null
    }
  }

  /** One slice of the first build, until `deadline` (performance.now()); true once it is built. */
  const advance = (store: RecordStore, deadline: number): boolean => {
    while (build) {
      unit(store, build)
      if (performance.now() >= deadline) break
    }
    return build === null
  }

  /**
   * Brings the candidates up to date with the store, the partners' names and the day (the first
   * build finished here if it has not yet). What changed is built again; nothing else is.
   */
  const refresh = (store: RecordStore, nextNames: Names, nextDay: string): void => {
    advance(store, Infinity)
    const dirtyWeeks = new Set<string>()
    // A renamed partner: every note and week title says the names.
    if (nextNames.A !== names.A || nextNames.B !== names.B) {
      names = nextNames
      for (const id of notes.keys()) changed.add(id)
      for (const week of weeks.keys()) dirtyWeeks.add(week)
    }
    // A week's view is taken on a day: a new day views every week again (its folded texts are kept).
    if (nextDay !== day) {
      day = nextDay
      for (const week of answersOf.keys()) dirtyWeeks.add(week)
    }
    if (!changed.size && !dirtyWeeks.size) return
    const delta: Delta = { added: [], dropped: new Set() }
    for (const id of changed) update(store, id, delta, dirtyWeeks)
    changed.clear()
    for (const week of dirtyWeeks) rebuildWeek(week, delta)
    publish(delta)
  }

  return {
    me,
    advance,
    refresh,
    /** The record store's listener: notes which records changed; the work waits for the next query. */
    changed: (change: RecordChange): void => {
      for (const r of change.upserts) changed.add(r.id)
      for (const id of change.removes) changed.add(id)
    },
    /** The texts in shown order, and each one by its id (valid until the next refresh). */
    shown: () => shown,
    item: (id: string): Item | undefined => byId[Number(id)],
    built: () => build === null,
    size: () => held,
  }
}

export type SearchIndex = ReturnType<typeof createSearchIndex>
