// "Export what I can read": asks for the passphrase again (the file will not be encrypted), asks
// where to save, and writes the Markdown zip or the JSON file durably. Nothing is written inside
// Hearth's data folder unless the person chooses it.

import { basename } from 'node:path'
import { HearthError } from '../../../../shared/result'
import type { ExportForm, ExportResult } from '../../../../shared/contract/carry'
import type { CarryDeps } from '../deps'
import { writeFileDurably } from '../durable-file'
import { CMSG } from '../messages'
import { gatherExport } from './gather'
import { buildMarkdownZip, safeFileName } from './markdown'
import { UNENCRYPTED_EXPORT } from './words'

const EXT: Record<ExportForm, string> = { markdown: 'zip', json: 'json' }

export const exportFileName = (name: string, now: Date, form: ExportForm): string =>
  `Hearth export ${safeFileName(name)} ${now.toISOString().slice(0, 10)}${form === 'markdown' ? ' (Markdown)' : ''}.${EXT[form]}`

/** The bytes of an export, for the channel and the benchmark. */
export function buildExport(
  deps: Pick<CarryDeps, 'vault' | 'clock'>,
  form: ExportForm,
): { bytes: Uint8Array; items: number } {
  const data = gatherExport(deps.vault, deps.clock)
  const items = data.privateEntries.length + data.reflections.length + data.notes.length
  const bytes =
    form === 'json' ? new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`) : buildMarkdownZip(data)
  return { bytes, items }
}

export function createExportService(deps: CarryDeps) {
  return {
    async export(form: ExportForm, passphrase: string): Promise<ExportResult> {
      deps.vault.active()
      if (!(await deps.vault.verifyPassphrase(passphrase)))
        throw new HearthError('wrong-passphrase', CMSG.exportWrongPassphrase)
      if (!deps.host) throw new HearthError('unsupported', CMSG.noHost)
      const me = deps.vault.status().partners.find((p) => p.id === deps.vault.active())?.name ?? 'Hearth'
      const chosen = await deps.host.chooseSavePath({
        title: form === 'json' ? 'Export as JSON' : 'Export as Markdown',
        suggestedName: exportFileName(me, deps.clock.now(), form),
        filters: [{ name: form === 'json' ? 'JSON' : 'Zip of Markdown files', extensions: [EXT[form]] }],
        message: UNENCRYPTED_EXPORT,
      })
      if (!chosen) return { saved: false }
      const path = chosen.toLowerCase().endsWith(`.${EXT[form]}`) ? chosen : `${chosen}.${EXT[form]}`
      const { bytes, items } = buildExport(deps, form)
      await writeFileDurably(path, bytes)
      return { saved: true, fileName: basename(path), items }
    },
  }
}
