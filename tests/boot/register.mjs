// `node --import ./tests/boot/register.mjs out/main/index.js`: loads the built main bundle with
// the stub below standing in for the `electron` module (the binary cannot run here).
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: ${JSON.stringify(new URL('./electron-stub.mjs', import.meta.url).href)}, shortCircuit: true }
  return next(specifier, context)
}`),
)
