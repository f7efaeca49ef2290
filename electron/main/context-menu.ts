// The right-click menu, built from the params of Electron's 'context-menu' event. Pure: which
// items show and which are enabled is decided here and unit tested; window.ts only pops it up.

/** The part of Electron's ContextMenuParams this needs. */
export interface ContextParams {
  isEditable: boolean
  selectionText: string
  misspelledWord: string
  dictionarySuggestions: string[]
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

export type ContextAction = { kind: 'replace'; word: string } | { kind: 'add-to-dictionary'; word: string }

export interface ContextEntry {
  label?: string
  type?: 'separator'
  role?: 'cut' | 'copy' | 'paste' | 'selectAll'
  enabled?: boolean
  action?: ContextAction
}

const MAX_SUGGESTIONS = 5

export const contextMenuTemplate = (params: ContextParams, spellcheckOn: boolean): ContextEntry[] => {
  const entries: ContextEntry[] = []
  const word = params.misspelledWord.trim()
  if (spellcheckOn && params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    if (suggestions.length === 0) entries.push({ label: 'No spelling suggestions', enabled: false })
    for (const s of suggestions) entries.push({ label: s, action: { kind: 'replace', word: s } })
    entries.push({ label: 'Add to dictionary', action: { kind: 'add-to-dictionary', word } })
    entries.push({ type: 'separator' })
  }
  const flags = params.editFlags
  if (params.isEditable) {
    entries.push({ role: 'cut', label: 'Cut', enabled: flags.canCut })
    entries.push({ role: 'copy', label: 'Copy', enabled: flags.canCopy })
    entries.push({ role: 'paste', label: 'Paste', enabled: flags.canPaste })
    entries.push({ type: 'separator' }, { role: 'selectAll', label: 'Select all', enabled: flags.canSelectAll })
  } else if (params.selectionText.trim()) {
    entries.push({ role: 'copy', label: 'Copy', enabled: flags.canCopy }, { type: 'separator' }, { role: 'selectAll', label: 'Select all' })
  } else {
    entries.push({ role: 'selectAll', label: 'Select all' })
  }
  return entries
}
