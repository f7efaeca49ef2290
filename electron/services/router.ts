import { type ZodError } from 'zod'
import { channels, isChannelName, type ChannelName, type Channels } from '../../shared/contract'
import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/define'
import { HearthError, fail, ok, type Result } from '../../shared/result'

export type Handler<K extends ChannelName> = (
  request: ParsedRequestOf<Channels[K]>,
) => Promise<ResponseOf<Channels[K]>> | ResponseOf<Channels[K]>

/** One handler per channel: a channel added to the contract without one is a type error. */
export type Handlers = { [K in ChannelName]: Handler<K> }

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>

/** Where unexpected failures are reported (main: console; tests: a spy). Never to the network. */
export type ErrorSink = (channel: string, error: unknown) => void

/**
 * The single entry point for every request, from Electron's IPC or from the test harness:
 * unknown channel -> bad-request; payload parsed by the contract's schema; service errors mapped
 * to `{ code, message }`; anything unexpected becomes `internal` without leaking a stack trace.
 */
export const createDispatch = (handlers: Handlers, onError: ErrorSink = () => {}): Dispatch => {
  return async (channel, payload) => {
    if (!isChannelName(channel)) return fail('bad-request', 'Hearth does not know that request.')
    const parsed = channels[channel].request.safeParse(payload ?? {})
    if (!parsed.success) return fail('bad-request', describeZodError(parsed.error))
    try {
      const handler = handlers[channel] as (request: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof HearthError) return fail(error.code, error.message)
      onError(channel, error)
      const disk = diskErrorMessage(error)
      if (disk) return fail('disk', disk)
      return fail('internal', 'Something went wrong inside Hearth. Nothing saved before was lost.')
    }
  }
}

const describeZodError = (error: ZodError): string => {
  const first = error.issues[0]
  if (!first) return 'That request was not in the expected form.'
  const where = first.path.length ? ` (${first.path.join('.')})` : ''
  return `That request was not in the expected form${where}: ${first.message}`
}

/** Node's file-system error codes that mean "the disk said no", in words a person can act on. */
export const diskErrorMessage = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full, so this change was not saved. Everything saved before is safe.'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'Hearth is not allowed to write to its folder, so this change was not saved. Everything saved before is safe.'
    case 'EIO':
      return 'The disk reported an error, so this change was not saved. Everything saved before is safe.'
    default:
      return null
  }
}
