// Builds every icon the installers need from resources/icon.svg, with tools already here:
// Debian's Chromium (through playwright-core) draws the SVG at each size with a transparent
// background; .ico and .icns are written by hand (both can hold PNG images as they are).
// Run: node scripts/icons.mjs   (the results are committed, so packaging needs none of this)
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = resolve(import.meta.dirname, '..')
const RES = join(ROOT, 'resources')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const svg = readFileSync(join(RES, 'icon.svg'), 'utf8')

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const png = {}
try {
  const page = await browser.newPage()
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size })
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`)
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`)
    png[size] = await page.locator('svg').screenshot({ omitBackground: true })
  }
} finally {
  await browser.close()
}

// Linux: a folder of <size>x<size>.png (electron-builder's convention for the hicolor theme).
mkdirSync(join(RES, 'icons'), { recursive: true })
for (const size of SIZES) writeFileSync(join(RES, 'icons', `${size}x${size}.png`), png[size])

// Windows .ico: a directory of entries, each a PNG (Vista and later read PNG entries).
const icoSizes = [16, 24, 32, 48, 64, 128, 256]
const header = Buffer.alloc(6 + 16 * icoSizes.length)
header.writeUInt16LE(0, 0)
header.writeUInt16LE(1, 2)
header.writeUInt16LE(icoSizes.length, 4)
let offset = header.length
icoSizes.forEach((size, i) => {
  const at = 6 + 16 * i
  header.writeUInt8(size >= 256 ? 0 : size, at)
  header.writeUInt8(size >= 256 ? 0 : size, at + 1)
  header.writeUInt16LE(1, at + 4) // colour planes
  header.writeUInt16LE(32, at + 6) // bits per pixel
  header.writeUInt32LE(png[size].length, at + 8)
  header.writeUInt32LE(offset, at + 12)
  offset += png[size].length
})
writeFileSync(join(RES, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => png[s])]))

// macOS .icns: 'icns' + length, then typed PNG chunks (ic07 128, ic08 256, ic09 512, ic10 1024@2x, ic11-14 retina small).
const icnsTypes = [['icp4', 16], ['icp5', 32], ['ic11', 32], ['icp6', 64], ['ic12', 64], ['ic07', 128], ['ic08', 256], ['ic13', 256], ['ic09', 512], ['ic14', 512], ['ic10', 1024]]
const chunks = icnsTypes.map(([type, size]) => {
  const head = Buffer.alloc(8)
  head.write(type, 0, 'ascii')
  head.writeUInt32BE(png[size].length + 8, 4)
  return Buffer.concat([head, png[size]])
})
const body = Buffer.concat(chunks)
const icnsHead = Buffer.alloc(8)
icnsHead.write('icns', 0, 'ascii')
icnsHead.writeUInt32BE(body.length + 8, 4)
writeFileSync(join(RES, 'icon.icns'), Buffer.concat([icnsHead, body]))
console.log(`icons: ${SIZES.join(', ')} px, icon.ico (${icoSizes.length} sizes), icon.icns (${icnsTypes.length} entries)`)
