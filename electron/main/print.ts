// Saving the current page as a PDF: Chromium renders it with the print stylesheet, the user picks
// where it goes in the system's own save dialog. The policy parts (file name, paper, options) are
// pure; the one function that touches Electron takes it as arguments, so tests need no Electron.

import type { BrowserWindow, Dialog, PrintToPDFOptions } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export type Paper = 'A4' | 'Letter'

/** The PDF is written as plain bytes: the dialog says so, as the print screen already did. */
export const UNENCRYPTED_WARNING = 'This PDF is not encrypted. Anyone who can open the file can read it.'

// Countries where Letter is the everyday paper size; A4 everywhere else.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'HN', 'BZ'])

export const paperForRegion = (region: string | null | undefined): Paper =>
  LETTER_REGIONS.has((region ?? '').trim().toUpperCase()) ? 'Letter' : 'A4'

/** A plain file name: no folders, no characters some file systems refuse, always ".pdf". */
export const pdfFileName = (suggested: string): string => {
  const base = suggested
    .normalize('NFC')
    .replace(/\.pdf$/i, '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/[\s-]{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
  return `${base || 'hearth'}.pdf`
}

/** Margins leave room for hand-written signatures and suit both A4 and Letter. */
export const pdfOptions = (paper: Paper): PrintToPDFOptions => ({
  pageSize: paper,
  landscape: false,
  printBackground: false,
  displayHeaderFooter: false,
  preferCSSPageSize: false,
  margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
})

export const withPdfExtension = (path: string): string => (/\.pdf$/i.test(path) ? path : `${path}.pdf`)

export interface PrintDeps {
  focusedWindow(): BrowserWindow | null
  dialog: Pick<Dialog, 'showSaveDialog'>
  /** Read when saving, not at start-up: app paths and locale are only asked for when needed. */
  documentsDir(): string
  region(): string
  write?: (path: string, data: Uint8Array) => Promise<void>
}

/** The host capability the services call for 'print:save-pdf'. */
export const createPrintHost = (deps: PrintDeps) => ({
  async savePdf(request: { suggestedName: string }): Promise<{ saved: boolean; path?: string }> {
    const win = deps.focusedWindow()
    if (!win) return { saved: false }
    const data = await win.webContents.printToPDF(pdfOptions(paperForRegion(deps.region())))
    const choice = await deps.dialog.showSaveDialog(win, {
      title: 'Save as PDF',
      message: UNENCRYPTED_WARNING,
      defaultPath: join(deps.documentsDir(), pdfFileName(request.suggestedName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    const path = withPdfExtension(choice.filePath)
    await (deps.write ?? writeFile)(path, data)
    return { saved: true, path }
  },
})
