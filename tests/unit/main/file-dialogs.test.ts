// Story: "Make a backup copy…" and "Restore from a backup copy" use the system's own dialogs,
// attached to Hearth's window; a cancelled dialog is a null path, never a guess.

import { describe, expect, it } from 'vitest'
import type { BrowserWindow, Dialog } from 'electron'
import { bareFileName, createFileHost } from '../../../electron/main/file-dialogs'

const win = {} as BrowserWindow
const fakeDialog = (save: { canceled: boolean; filePath?: string }, open: { canceled: boolean; filePaths: string[] }) => {
  const calls: unknown[][] = []
  const dialog = {
    showSaveDialog: (...args: unknown[]) => (calls.push(['save', ...args]), Promise.resolve(save)),
    showOpenDialog: (...args: unknown[]) => (calls.push(['open', ...args]), Promise.resolve(open)),
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>
  return { dialog, calls }
}

describe('file dialogs host', () => {
  it('suggests the name in Documents and returns the chosen path', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePath: '/media/usb/Hearth backup.hearthbackup' }, { canceled: false, filePaths: ['/media/usb/a'] })
    const host = createFileHost({ focusedWindow: () => win, dialog, documentsDir: () => '/home/sam/Documents' })
    const path = await host.chooseSavePath({ title: 'Make a backup copy', suggestedName: 'Hearth backup 2026-12-02.hearthbackup', filters: [] })
    expect(path).toBe('/media/usb/Hearth backup.hearthbackup')
    expect(calls[0]?.[1]).toBe(win)
    expect(calls[0]?.[2]).toMatchObject({ defaultPath: '/home/sam/Documents/Hearth backup 2026-12-02.hearthbackup' })
    expect(await host.chooseOpenPath({ title: 'Restore', filters: [] })).toBe('/media/usb/a')
  })

  it('a cancelled dialog, or no window, is null', async () => {
    const { dialog } = fakeDialog({ canceled: true }, { canceled: true, filePaths: [] })
    const host = createFileHost({ focusedWindow: () => win, dialog, documentsDir: () => '/d' })
    expect(await host.chooseSavePath({ title: 't', suggestedName: 'x', filters: [] })).toBeNull()
    expect(await host.chooseOpenPath({ title: 't', filters: [] })).toBeNull()
    const none = createFileHost({ focusedWindow: () => null, dialog, documentsDir: () => '/d' })
    expect(await none.chooseSavePath({ title: 't', suggestedName: 'x', filters: [] })).toBeNull()
  })

  it('a suggested name cannot carry folders into the dialog', () => {
    expect(bareFileName('../../etc/passwd')).toBe('-..-etc-passwd')
    expect(bareFileName('a\\b')).toBe('a-b')
  })
})
