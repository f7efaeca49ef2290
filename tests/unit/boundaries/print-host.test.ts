// electron/main/print.ts: the policy parts are pure and the Electron-touching part takes its
// window and dialog as arguments, so none of this imports Electron.

import { describe, expect, it } from 'vitest'
import { createPrintHost, paperForRegion, pdfFileName, pdfOptions, UNENCRYPTED_WARNING, type PrintDeps } from '../../../electron/main/print'
import { fakePdfFs } from '../main/fake-pdf-fs'

describe('saving a print as PDF', () => {
  it('suggests a plain file name that cannot point into another folder', () => {
    expect(pdfFileName('Our boundaries agreement 2026-03-02')).toBe('Our boundaries agreement 2026-03-02.pdf')
    expect(pdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf')
    expect(pdfFileName('C:\\Users\\sam\\kit.pdf')).toBe('C-Users-sam-kit.pdf')
    expect(pdfFileName('...')).toBe('hearth.pdf')
    expect(pdfFileName('Rio’s recovery kit')).toBe('Rio-s recovery kit.pdf')
    expect(pdfFileName('x'.repeat(300)).length).toBeLessThanOrEqual(84)
  })

  it('uses Letter where Letter is the everyday paper, A4 everywhere else', () => {
    expect(paperForRegion('US')).toBe('Letter')
    expect(paperForRegion('ca')).toBe('Letter')
    expect(paperForRegion('GB')).toBe('A4')
    expect(paperForRegion('')).toBe('A4')
    expect(paperForRegion(undefined)).toBe('A4')
  })

  it('prints portrait, without backgrounds or browser headers, on the chosen paper', () => {
    for (const paper of ['A4', 'Letter'] as const) {
      expect(pdfOptions(paper)).toMatchObject({ pageSize: paper, landscape: false, printBackground: false, displayHeaderFooter: false })
    }
  })

  const fakes = (choice: { canceled: boolean; filePath?: string }) => {
    const disk = fakePdfFs('linux')
    const seen: { options?: unknown; dialog?: Record<string, unknown> } = {}
    const win = { webContents: { printToPDF: async (options: unknown) => ((seen.options = options), Buffer.from('%PDF-1.7 fake')) } }
    const deps: PrintDeps = {
      focusedWindow: () => win as never,
      dialog: {
        showSaveDialog: (async (_w: unknown, options: Record<string, unknown>) => ((seen.dialog = options), { canceled: choice.canceled, filePath: choice.filePath ?? '' })) as never,
        showMessageBox: (async () => ({ response: 1 })) as never,
      },
      documentsDir: () => '/home/sam/Documents',
      region: () => 'US',
      fs: disk.fs,
      platform: 'linux',
    }
    return { deps, written: () => disk.files(), seen }
  }

  it('writes the PDF where the user chose, with a .pdf name, after warning it is not encrypted', async () => {
    const { deps, written, seen } = fakes({ canceled: false, filePath: '/home/sam/Desktop/agreement' })
    const result = await createPrintHost(deps).savePdf({ suggestedName: 'Our agreement' })
    expect(result).toEqual({ saved: true, path: '/home/sam/Desktop/agreement.pdf' })
    expect(written()).toEqual({ '/home/sam/Desktop/agreement.pdf': '%PDF-1.7 fake' })
    expect(seen.dialog).toMatchObject({ message: UNENCRYPTED_WARNING, defaultPath: '/home/sam/Documents/Our agreement.pdf' })
    expect(seen.options).toMatchObject({ pageSize: 'Letter' })
  })

  it('writes nothing when the user cancels the dialog', async () => {
    const { deps, written } = fakes({ canceled: true })
    expect(await createPrintHost(deps).savePdf({ suggestedName: 'x' })).toEqual({ saved: false })
    expect(written()).toEqual({})
  })
})

describe('print:save-pdf outside the Electron app', () => {
  it('answers "unsupported" in plain words when no host can save files (the e2e harness)', async () => {
    const { boundariesHandlers } = await import('../../../electron/services/boundaries')
    const handlers = boundariesHandlers({} as never, undefined)
    expect(() => handlers['print:save-pdf']({ suggestedName: 'x' })).toThrow(/use your browser/)
  })
})
