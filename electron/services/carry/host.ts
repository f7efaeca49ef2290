// What only the desktop shell can do for carrying a journal: the system's own save and open
// dialogs. Electron implements it with `dialog` (electron/main/file-dialogs.ts); the e2e harness
// with paths a test hands it. Services never open a dialog themselves, so they stay plain Node.

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveRequest {
  title: string
  /** A bare file name (no folders); the shell puts it in a sensible folder. */
  suggestedName: string
  filters: FileFilter[]
  /** Shown in the dialog where the platform allows (e.g. "This file is not encrypted"). */
  message?: string
}

export interface OpenRequest {
  title: string
  filters: FileFilter[]
}

export interface FileHost {
  /** The path the person chose, or null when they cancelled. */
  chooseSavePath(request: SaveRequest): Promise<string | null>
  /** The file the person chose, or null when they cancelled. */
  chooseOpenPath(request: OpenRequest): Promise<string | null>
}
