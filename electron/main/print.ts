// Saving the current page as a PDF: Chromium renders it with the print stylesheet, the user picks
// where it goes in the system's own save dialog. The policy parts (file name, paper, options) are
// pure; the one function that touches Electron takes it as arguments, so tests need no Electron.

import type { BrowserWindow, Dialog, PrintToPDFOptions } from 'electron'
import { join } from 'node:path'
import { HearthError } from '../../shared/result'
import { nodePdfFs, pathFor, pdfTarget, pdfWriteMessage, writePdfDurably, type PdfFs, type Platform } from './pdf-file'

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

export interface PrintDeps {
  focusedWindow(): BrowserWindow | null
  dialog: Pick<Dialog, 'showSaveDialog' | 'showMessageBox'>
  /** Read when saving, not at start-up: app paths and locale are only asked for when needed. */
  documentsDir(): string
  region(): string
  /** Fakes in tests; the real file system and process.platform otherwise. */
  fs?: PdfFs
  platform?: Platform
  sleep?: (ms: number) => Promise<void>
}

export const UNUSABLE_NAME = 'That file name cannot be used for the PDF. Nothing was saved; choose another name.'

/** The host capability the services call for 'print:save-pdf'. */
export const createPrintHost = (deps: PrintDeps) => ({
  async savePdf(request: { suggestedName: string }): Promise<{ saved: boolean; path?: string }> {
    const win = deps.focusedWindow()
    if (!win) return { saved: false }
    const fs = deps.fs ?? nodePdfFs
    const platform = deps.platform ?? process.platform
    const data = await win.webContents.printToPDF(pdfOptions(paperForRegion(deps.region())))
    const choice = await deps.dialog.showSaveDialog(win, {
      title: 'Save as PDF',
      message: UNENCRYPTED_WARNING,
      defaultPath: join(deps.documentsDir(), pdfFileName(request.suggestedName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    const target = pdfTarget(choice.filePath, platform)
    if (target.kind === 'unusable') throw new HearthError('unsupported', UNUSABLE_NAME)
    // The dialog asked about replacing the path it returned, not this one: ask again if it exists.
    if (target.kind === 'changed' && (await fs.exists(target.path))) {
      const p = pathFor(platform)
      const answer = await deps.dialog.showMessageBox(win, {
        type: 'question',
        title: 'Replace the file?',
        message: `“${p.basename(target.path)}” already exists in ${p.dirname(target.path)}.`,
        detail: 'Replacing it overwrites what is in it now.',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      })
      if (answer.response !== 0) return { saved: false }
    }
    try {
      await writePdfDurably(fs, target.path, data, { platform, sleep: deps.sleep })
    } catch (error) {
      throw new HearthError('disk', pdfWriteMessage(error))
    }
    return { saved: true, path: target.path }
  },
})
