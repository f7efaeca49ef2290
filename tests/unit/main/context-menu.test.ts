// User story: right-click gives cut, copy, paste and select all (Electron shows nothing by
// default), plus spelling suggestions and "Add to dictionary" only when spell-check is on.
import { describe, expect, it } from 'vitest'
import { contextMenuTemplate, type ContextParams } from '../../../electron/main/context-menu'

const params = (over: Partial<ContextParams> = {}): ContextParams => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
  ...over,
})
const labels = (p: ContextParams, on: boolean) => contextMenuTemplate(p, on).map((e) => e.label ?? e.type)

describe('context menu template', () => {
  it('a text field gets cut, copy, paste and select all, enabled as Chromium says', () => {
    const entries = contextMenuTemplate(params({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }), true)
    expect(entries.map((e) => e.label ?? e.type)).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select all'])
    expect(entries.filter((e) => e.role).map((e) => [e.role, e.enabled])).toEqual([['cut', false], ['copy', false], ['paste', true], ['selectAll', true]])
  })

  it('selected text on the page can be copied; no cut or paste outside a field', () => {
    expect(labels(params({ isEditable: false, selectionText: 'a line' }), true)).toEqual(['Copy', 'separator', 'Select all'])
    expect(labels(params({ isEditable: false }), true)).toEqual(['Select all'])
  })

  it('a misspelt word offers up to five suggestions and Add to dictionary when spell-check is on', () => {
    const entries = contextMenuTemplate(params({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tea', 'tech', 'eh', 'te'] }), true)
    expect(entries.slice(0, 7).map((e) => e.label ?? e.type)).toEqual(['the', 'ten', 'tea', 'tech', 'eh', 'Add to dictionary', 'separator'])
    expect(entries[0]?.action).toEqual({ kind: 'replace', word: 'the' })
    expect(entries[5]?.action).toEqual({ kind: 'add-to-dictionary', word: 'teh' })
  })

  it('says so when there is no suggestion', () => {
    const entries = contextMenuTemplate(params({ misspelledWord: 'qxzv' }), true)
    expect(entries[0]).toEqual({ label: 'No spelling suggestions', enabled: false })
  })

  it('offers no spelling at all while spell-check is off', () => {
    expect(labels(params({ misspelledWord: 'teh', dictionarySuggestions: ['the'] }), false)).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select all'])
  })
})
