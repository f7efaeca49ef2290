// Saving a PDF through the host with a fake dialog and a fake disk for each platform: nothing is
// replaced without the person agreeing, and a failed write leaves no PDF, whole or half.

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodePdfFs, RENAME_BACKOFF_MS, writePdfDurably, type Platform } from '../../../electron/main/pdf-file'
import { createPrintHost, UNUSABLE_NAME, type PrintDeps } from '../../../electron/main/print'
import { HearthError } from '../../../shared/result'
import { fakePdfFs, type Step } from './fake-pdf-fs'

const PDF = '%PDF-1.7 the new agreement'

const setup = (platform: Platform, chosen: string, existing: Record<string, string> = {}, replace = false) => {
  const disk = fakePdfFs(platform, existing)
  const asked: string[] = []
  const slept: number[] = []
  const win = { webContents: { printToPDF: async () => Buffer.from(PDF, 'latin1') } }
  const deps: PrintDeps = {
    focusedWindow: () => win as never,
    dialog: {
      showSaveDialog: async () => ({ canceled: false, filePath: chosen }),
      showMessageBox: (async (_w: unknown, options: { message: string }) => (asked.push(options.message), { response: replace ? 0 : 1 })) as never,
    },
    documentsDir: () => (platform === 'win32' ? 'C:\\Users\\Sam\\Documents' : '/home/sam/Documents'),
    region: () => 'GB',
    fs: disk.fs,
    platform,
    sleep: async (ms) => void slept.push(ms),
  }
  return { disk, asked, slept, save: () => createPrintHost(deps).savePdf({ suggestedName: 'Our agreement' }) }
}

const errorOf = async (promise: Promise<unknown>): Promise<HearthError> => {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(HearthError)
  return error as HearthError
}

describe('story: Sam saves the agreement as "agreement" next to last year’s agreement.pdf', () => {
  it('on Linux, asks before replacing it; "Cancel" leaves last year’s file untouched', async () => {
    const t = setup('linux', '/home/sam/agreement', { '/home/sam/agreement.pdf': 'last year' })
    expect(await t.save()).toEqual({ saved: false })
    expect(t.asked).toEqual(['“agreement.pdf” already exists in /home/sam.'])
    expect(t.disk.files()).toEqual({ '/home/sam/agreement.pdf': 'last year' })
  })

  it('on Linux, "Replace" writes the new PDF over it, and says where', async () => {
    const t = setup('linux', '/home/sam/agreement', { '/home/sam/agreement.pdf': 'last year' }, true)
    expect(await t.save()).toEqual({ saved: true, path: '/home/sam/agreement.pdf' })
    expect(t.disk.files()).toEqual({ '/home/sam/agreement.pdf': PDF })
  })

  it('on Windows, sees AGREEMENT.PDF as the same file (names match whatever the case) and asks', async () => {
    const t = setup('win32', 'C:\\Users\\Sam\\agreement', { 'C:\\Users\\Sam\\AGREEMENT.PDF': 'last year' })
    expect(await t.save()).toEqual({ saved: false })
    expect(t.asked).toHaveLength(1)
    expect(t.disk.files()).toEqual({ 'C:\\Users\\Sam\\AGREEMENT.PDF': 'last year' })
  })

  it('on Windows, a name typed as "agreement.pdf." is the existing agreement.pdf: asks', async () => {
    const t = setup('win32', 'C:\\Users\\Sam\\agreement.pdf.', { 'C:\\Users\\Sam\\agreement.pdf': 'last year' })
    expect(await t.save()).toEqual({ saved: false })
    expect(t.asked).toEqual(['“agreement.pdf” already exists in C:\\Users\\Sam.'])
  })

  it('on macOS, a bare name next to Agreement.pdf asks too (APFS matches names regardless of case)', async () => {
    const t = setup('darwin', '/Users/sam/agreement', { '/Users/sam/Agreement.pdf': 'last year' })
    expect(await t.save()).toEqual({ saved: false })
    expect(t.asked).toHaveLength(1)
  })

  it('does not ask twice when the dialog returned the exact .pdf path (it asked already)', async () => {
    for (const [platform, chosen] of [['linux', '/home/sam/agreement.pdf'], ['win32', 'C:\\Users\\Sam\\agreement.pdf']] as const) {
      const t = setup(platform, chosen, { [chosen]: 'last year' })
      expect(await t.save()).toEqual({ saved: true, path: chosen })
      expect(t.asked).toEqual([])
      expect(t.disk.files()).toEqual({ [chosen]: PDF })
    }
  })

  it('does not ask when no file has the added name, and writes exactly that one', async () => {
    const t = setup('linux', '/home/sam/agreement', { '/home/sam/agreement': 'a file without extension' })
    expect(await t.save()).toEqual({ saved: true, path: '/home/sam/agreement.pdf' })
    expect(t.asked).toEqual([])
    expect(t.disk.files()).toEqual({ '/home/sam/agreement': 'a file without extension', '/home/sam/agreement.pdf': PDF })
  })

  it('refuses a name Windows cannot hold as a file, in plain words, writing nothing', async () => {
    const t = setup('win32', 'C:\\Users\\Sam\\CON.pdf')
    const error = await errorOf(t.save())
    expect(error.message).toBe(UNUSABLE_NAME)
    expect(t.disk.files()).toEqual({})
  })
})

describe('threat: the disk fails mid-save (full, I/O error) and a half PDF is left behind', () => {
  const steps: Step[] = ['open', 'writeFile', 'sync', 'close', 'rename']
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    for (const step of steps) {
      for (const code of ['ENOSPC', 'EIO']) {
        it(`${platform}: ${code} at ${step} keeps the old PDF whole and leaves no temp file`, async () => {
          const target = platform === 'win32' ? 'C:\\Users\\Sam\\agreement.pdf' : '/home/sam/agreement.pdf'
          const t = setup(platform, target, { [target]: 'last year' })
          t.disk.fail({ step, code })
          const error = await errorOf(t.save())
          expect(error.code).toBe('disk')
          expect(error.message).toMatch(code === 'ENOSPC' ? /disk is full.*not saved/ : /could not be saved.*Nothing was written/)
          expect(t.disk.files()).toEqual({ [target]: 'last year' })
        })
      }
    }
  }

  it('writes the temp file in the PDF’s own folder (a rename across disks would be a copy)', async () => {
    for (const [platform, target, folder] of [
      ['win32', 'D:\\Shared\\agreement.pdf', 'D:\\Shared\\'],
      ['linux', '/media/usb/agreement.pdf', '/media/usb/'],
    ] as const) {
      const t = setup(platform, target)
      await t.save()
      const opened = t.disk.log.find((line) => line.startsWith('open '))
      expect(opened?.slice(5).startsWith(folder), opened).toBe(true)
      expect(opened).toMatch(/\.hearth-pdf-[0-9a-f]{12}\.tmp$/)
    }
  })

  it('fsyncs the folder after the rename on Linux and macOS, never on Windows (it refuses)', async () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const t = setup(platform, platform === 'win32' ? 'C:\\a.pdf' : '/a.pdf')
      await t.save()
      expect(t.disk.log.some((line) => line.startsWith('dirSync')), platform).toBe(platform !== 'win32')
    }
  })

  it('answers "saved" when only the folder fsync fails: the PDF is already in place', async () => {
    const t = setup('linux', '/home/sam/agreement.pdf')
    t.disk.fail({ step: 'dirSync', code: 'EIO' })
    expect(await t.save()).toEqual({ saved: true, path: '/home/sam/agreement.pdf' })
    expect(t.disk.files()).toEqual({ '/home/sam/agreement.pdf': PDF })
  })
})

describe('threat: on Windows an antivirus scanner holds the file for a moment', () => {
  for (const code of ['EPERM', 'EACCES', 'EBUSY']) {
    it(`retries a rename refused with ${code} after a short backoff, then saves`, async () => {
      const t = setup('win32', 'C:\\Users\\Sam\\agreement.pdf', { 'C:\\Users\\Sam\\agreement.pdf': 'last year' })
      t.disk.fail({ step: 'rename', code, times: 3 })
      expect(await t.save()).toEqual({ saved: true, path: 'C:\\Users\\Sam\\agreement.pdf' })
      expect(t.slept).toEqual([10, 20, 40])
      expect(t.disk.files()).toEqual({ 'C:\\Users\\Sam\\agreement.pdf': PDF })
    })
  }

  it('gives up after a bounded wait (about 2 s), keeps the old file and says why', async () => {
    const t = setup('win32', 'C:\\Users\\Sam\\agreement.pdf', { 'C:\\Users\\Sam\\agreement.pdf': 'last year' })
    t.disk.fail({ step: 'rename', code: 'EBUSY' })
    const error = await errorOf(t.save())
    expect(error.message).toMatch(/Another program is using that file/)
    expect(t.slept).toEqual([...RENAME_BACKOFF_MS])
    expect(t.slept.reduce((a, b) => a + b, 0)).toBeLessThan(3000)
    expect(t.disk.files()).toEqual({ 'C:\\Users\\Sam\\agreement.pdf': 'last year' })
  })

  it('does not retry on Linux or macOS, where EACCES is a real permission problem', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const t = setup(platform, '/home/sam/agreement.pdf')
      t.disk.fail({ step: 'rename', code: 'EACCES' })
      expect((await errorOf(t.save())).message).toMatch(/not allowed to write in that folder/)
      expect(t.slept).toEqual([])
      expect(t.disk.files()).toEqual({})
    }
  })

  it('does not retry other errors on Windows either', async () => {
    const disk = fakePdfFs('win32')
    disk.fail({ step: 'rename', code: 'ENOSPC' })
    const slept: number[] = []
    await expect(writePdfDurably(disk.fs, 'C:\\a.pdf', Buffer.from('x'), { platform: 'win32', sleep: async (ms) => void slept.push(ms) })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(slept).toEqual([])
    expect(disk.files()).toEqual({})
  })
})

describe('the same write on this machine’s real disk', () => {
  it('replaces an existing PDF with the whole new one and leaves nothing else in the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-pdf-'))
    try {
      const target = join(dir, 'agreement.pdf')
      await writeFile(target, 'last year')
      await writePdfDurably(nodePdfFs, target, Buffer.from(PDF), { platform: process.platform })
      expect(await readFile(target, 'utf8')).toBe(PDF)
      expect(await readdir(dir)).toEqual(['agreement.pdf'])
      expect(await nodePdfFs.exists(join(dir, 'AGREEMENT.pdf'))).toBe(process.platform !== 'linux')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
