// Which file a "Save as PDF" touches, from the path the save dialog returned, on each platform.
// The dialog asked "replace?" only about that exact path; anything else is flagged as changed.

import { describe, expect, it } from 'vitest'
import { pdfTarget } from '../../../electron/main/pdf-file'

describe('story: the dialog’s path is the file written, or Hearth knows it is not', () => {
  it('on Linux and macOS, keeps a name that already ends in .pdf (any case) exactly', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(pdfTarget('/home/sam/Desktop/agreement.pdf', platform)).toEqual({ kind: 'exact', path: '/home/sam/Desktop/agreement.pdf' })
      expect(pdfTarget('/home/sam/Desktop/Agreement.PDF', platform)).toEqual({ kind: 'exact', path: '/home/sam/Desktop/Agreement.PDF' })
      expect(pdfTarget('/home/sam/Our kit 2026.Pdf', platform)).toEqual({ kind: 'exact', path: '/home/sam/Our kit 2026.Pdf' })
    }
  })

  it('on Linux, adds .pdf to a bare name and marks it as a path the dialog never asked about', () => {
    expect(pdfTarget('/home/sam/Desktop/agreement', 'linux')).toEqual({ kind: 'changed', path: '/home/sam/Desktop/agreement.pdf' })
    // On POSIX a trailing dot or space is part of the name; the folder part is kept byte for byte.
    expect(pdfTarget('/home/sam/notes.', 'linux')).toEqual({ kind: 'changed', path: '/home/sam/notes..pdf' })
    expect(pdfTarget('/home/sam/agreement.pdf ', 'linux')).toEqual({ kind: 'changed', path: '/home/sam/agreement.pdf .pdf' })
    expect(pdfTarget('/home//sam/./x', 'linux')).toEqual({ kind: 'changed', path: '/home//sam/./x.pdf' })
  })

  it('on Windows, applies the rule that drops dots and spaces at the end of a name', () => {
    const dir = 'C:\\Users\\Sam\\Desktop\\'
    expect(pdfTarget(`${dir}agreement.pdf`, 'win32')).toEqual({ kind: 'exact', path: `${dir}agreement.pdf` })
    expect(pdfTarget(`${dir}AGREEMENT.PDF`, 'win32')).toEqual({ kind: 'exact', path: `${dir}AGREEMENT.PDF` })
    expect(pdfTarget(`${dir}agreement`, 'win32')).toEqual({ kind: 'changed', path: `${dir}agreement.pdf` })
    // "agreement.pdf." would be created as "agreement.pdf": the dialog may not have seen that file.
    expect(pdfTarget(`${dir}agreement.pdf.`, 'win32')).toEqual({ kind: 'changed', path: `${dir}agreement.pdf` })
    expect(pdfTarget(`${dir}agreement.pdf . .`, 'win32')).toEqual({ kind: 'changed', path: `${dir}agreement.pdf` })
    expect(pdfTarget(`${dir}agreement. `, 'win32')).toEqual({ kind: 'changed', path: `${dir}agreement.pdf` })
  })

  it('on Windows, understands forward slashes, UNC shares and drive roots as folders', () => {
    expect(pdfTarget('C:/Users/Sam/agreement', 'win32')).toEqual({ kind: 'changed', path: 'C:/Users/Sam/agreement.pdf' })
    expect(pdfTarget('\\\\nas\\family\\agreement', 'win32')).toEqual({ kind: 'changed', path: '\\\\nas\\family\\agreement.pdf' })
    expect(pdfTarget('D:\\agreement.pdf', 'win32')).toEqual({ kind: 'exact', path: 'D:\\agreement.pdf' })
    // A backslash is an ordinary character in a Linux name, not a folder.
    expect(pdfTarget('/home/sam/a\\b', 'linux')).toEqual({ kind: 'changed', path: '/home/sam/a\\b.pdf' })
  })

  it('refuses names Windows would turn into something else: devices, streams, nothing at all', () => {
    for (const name of ['CON.pdf', 'nul', 'Com1.txt', 'lpt9.PDF', 'aux .pdf', 'a:b.pdf', 'what?.pdf', 'tab\there.pdf', '...', ' . ', 'a<b'])
      expect(pdfTarget(`C:\\Users\\Sam\\${name}`, 'win32'), name).toEqual({ kind: 'unusable' })
    expect(pdfTarget('C:\\Users\\Sam\\console.pdf', 'win32')).toEqual({ kind: 'exact', path: 'C:\\Users\\Sam\\console.pdf' })
  })

  it('refuses a path that is not absolute or holds a NUL byte, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(pdfTarget('agreement.pdf', platform), platform).toEqual({ kind: 'unusable' })
      expect(pdfTarget('', platform), platform).toEqual({ kind: 'unusable' })
    }
    expect(pdfTarget('/home/sam/a\0b.pdf', 'linux')).toEqual({ kind: 'unusable' })
    expect(pdfTarget('C:\\Users\\Sam\\a\0b.pdf', 'win32')).toEqual({ kind: 'unusable' })
    expect(pdfTarget('C:\\Users\\Sam\\agreement', 'linux')).toEqual({ kind: 'unusable' })
    expect(pdfTarget('/home/sam/', 'linux')).toEqual({ kind: 'unusable' })
  })
})
