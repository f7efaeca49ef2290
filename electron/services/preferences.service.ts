// The plain preferences file: theme, text size, spell-check, reminders and the window's place.
// None of it is secret, and the lock screen needs it before anyone unlocks, so it lives next to
// the vault as plain JSON rather than inside it. Reading never throws: a missing or empty file
// gives the defaults; a damaged one is copied aside first (never overwritten blindly) and every
// field that still reads is kept.
import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { THEMES, TEXT_SCALE, type Preferences, type WindowBounds } from '../../shared/contract/desktop'

export const PREFERENCES_FILE = 'preferences.json'
const MAX_BYTES = 64 * 1024

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  textScale: TEXT_SCALE.default,
  spellcheck: true,
  spellLanguage: null,
  reminders: true,
  window: null,
}

const finite = z.number().finite()
const fields = {
  theme: z.enum(THEMES),
  textScale: z.number().min(TEXT_SCALE.min).max(TEXT_SCALE.max),
  spellcheck: z.boolean(),
  spellLanguage: z.string().max(35).nullable(),
  reminders: z.boolean(),
  window: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive(), maximized: z.boolean() }).nullable(),
} satisfies { [K in keyof Preferences]: z.ZodType<Preferences[K]> }

/** Field by field: one bad value falls back to its default and the others are kept. */
export const parsePreferences = (raw: unknown): { prefs: Preferences; clean: boolean } => {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null
  let clean = source !== null
  const prefs = { ...DEFAULT_PREFERENCES } as Record<keyof Preferences, unknown>
  for (const key of Object.keys(fields) as (keyof Preferences)[]) {
    if (!source || !(key in source)) continue
    const parsed = fields[key].safeParse(source[key])
    if (parsed.success) prefs[key] = parsed.data
    else clean = false
  }
  return { prefs: prefs as Preferences, clean }
}

export interface PreferencesOptions {
  dataDir: string
  /** For the name of a damaged file's copy. */
  now?: () => Date
}

export interface PreferencesService {
  /** Reads the file once at start-up. */
  load(): Promise<Preferences>
  get(): Preferences
  set(patch: Partial<Omit<Preferences, 'window'>>): Promise<Preferences>
  setWindow(bounds: WindowBounds): Promise<Preferences>
  /** Called after every change that reached the disk. Returns the unsubscribe function. */
  onChange(listener: (prefs: Preferences) => void): () => void
  /** Where a damaged file was copied to at load, if it was. */
  setAside(): string | null
}

export const createPreferences = ({ dataDir, now = () => new Date() }: PreferencesOptions): PreferencesService => {
  const path = join(dataDir, PREFERENCES_FILE)
  let current: Preferences = { ...DEFAULT_PREFERENCES }
  let aside: string | null = null
  // A file that exists but could not be read (permissions...) is never replaced: changes then
  // live in memory for this run only.
  let frozen = false
  let queue: Promise<unknown> = Promise.resolve()
  const listeners = new Set<(prefs: Preferences) => void>()

  const keepCopy = async () => {
    aside = `${path}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`
    await copyFile(path, aside)
  }

  const write = (next: Preferences): Promise<Preferences> => {
    // One write at a time, in order: the last change wins on disk as it does in memory.
    const run = queue.then(async () => {
      if (!frozen) await writeDurably(path, `${JSON.stringify(next, null, 2)}\n`)
      current = next
      for (const listener of listeners) listener(next)
      return next
    })
    queue = run.catch(() => undefined)
    return run
  }

  return {
    async load() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') frozen = true
        current = { ...DEFAULT_PREFERENCES }
        return current
      }
      if (text.trim() === '') {
        current = { ...DEFAULT_PREFERENCES }
        return current
      }
      let raw: unknown = null
      let readable = text.length <= MAX_BYTES
      if (readable) {
        try {
          raw = JSON.parse(text)
        } catch {
          readable = false
        }
      }
      const { prefs, clean } = parsePreferences(readable ? raw : null)
      if (!clean) await keepCopy()
      current = prefs
      return current
    },
    get: () => current,
    set: (patch) => write({ ...current, ...patch }),
    setWindow: (bounds) => write({ ...current, window: bounds }),
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setAside: () => aside,
  }
}

/** temp file, fsync, rename over the old one, fsync the folder: a crash leaves old or new, never half. */
const writeDurably = async (path: string, text: string): Promise<void> => {
  const dir = join(path, '..')
  await mkdir(dir, { recursive: true })
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  try {
    const folder = await open(dir, 'r')
    try {
      await folder.sync()
    } finally {
      await folder.close()
    }
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  }
}
