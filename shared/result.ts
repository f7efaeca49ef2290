// Every IPC response has this shape, so the renderer can show a clear message for each failure
// instead of a rejected promise with a stack trace from another process.

export const ERROR_CODES = [
  'bad-request', // the payload did not match the contract's schema
  'forbidden', // wrong sender, wrong partner, or an action the active partner may not take
  'locked', // the vault must be unlocked first
  'not-found',
  'conflict', // stale revision, already exists, already signed
  'wrong-passphrase',
  'weak-passphrase',
  'corrupt', // a file failed to parse or authenticate; nothing was overwritten
  'unsupported', // a format version or KDF parameters this build refuses
  'disk', // the disk refused a write (full, read-only, permissions); nothing saved was lost
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
})

/** Thrown by services; the router turns it into `{ ok: false, error }` with the same words. */
export class HearthError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'HearthError'
  }
}
