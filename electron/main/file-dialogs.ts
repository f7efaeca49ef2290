// The system's own save and open dialogs for carrying the journal (backup copies, restore,
// export, import). The services ask for a path through FileHost and never see `dialog`; this is
// the only place those dialogs are opened, always attached to Hearth's window.

import type { BrowserWindow, Dialog } from 'electron'
import { join } from 'node:path'
import type { FileHost } from '../services/carry/host'

export interface FileDialogDeps {
  focusedWindow(): BrowserWindow | null
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>
  /** Read when a dialog opens, not at start-up. */
  documentsDir(): string
}

/** A bare file name: a suggested name never carries folders into the dialog. */
export const bareFileName = (name: string): string =>
  name.replace(/[/\\]/g, '-').replace(/^\.+/, '').slice(0, 120) || 'Hearth'

/** A FileHost that can also be handed a file the system opened with Hearth (a .hearthbackup). */
export interface DesktopFileHost extends FileHost {
  /** The next open dialog whose filters take this file's extension answers it without asking. */
  offerOpened(path: string): void
}

const extensionOf = (path: string): string => (/\.([^./\\]+)$/.exec(path)?.[1] ?? '').toLowerCase()

export const createFileHost = (deps: FileDialogDeps): DesktopFileHost => {
  // The file the person double-clicked in their file manager: they already chose it, so the
  // restore flow uses it instead of a dialog. Requests from the renderer never carry a path.
  let opened: string | null = null
  return {
    offerOpened(path) {
      opened = path
    },
    async chooseSavePath(request) {
      const win = deps.focusedWindow()
      if (!win) return null
      const choice = await deps.dialog.showSaveDialog(win, {
        title: request.title,
        message: request.message,
        defaultPath: join(deps.documentsDir(), bareFileName(request.suggestedName)),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      return choice.canceled || !choice.filePath ? null : choice.filePath
    },
    async chooseOpenPath(request) {
      const offered = opened
      if (
        offered &&
        request.filters.some((f) => f.extensions.map((e) => e.toLowerCase()).includes(extensionOf(offered)))
      ) {
        opened = null
        return offered
      }
      const win = deps.focusedWindow()
      if (!win) return null
      const choice = await deps.dialog.showOpenDialog(win, {
        title: request.title,
        defaultPath: deps.documentsDir(),
        filters: [...request.filters, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      })
      return choice.canceled ? null : (choice.filePaths[0] ?? null)
    },
  }
}
