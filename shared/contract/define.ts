import type { z } from 'zod'

/** A request/response pair. Requests are parsed with `request` before any service sees them. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res = unknown> {
  request: Req
  /** Phantom: carries the response type only. */
  response?: Res
}

/**
 * `channel(schema).returns<Response>()`: the request type is inferred from the schema, the
 * response type is written once here and shared by main, preload and renderer.
 */
export const channel = <Req extends z.ZodType>(request: Req) => ({
  returns: <Res>(): ChannelSpec<Req, Res> => ({ request }),
})

export type ChannelMap = Record<string, ChannelSpec>

export type RequestOf<S> = S extends ChannelSpec<infer Req, unknown> ? z.input<Req> : never
export type ParsedRequestOf<S> = S extends ChannelSpec<infer Req, unknown> ? z.output<Req> : never
export type ResponseOf<S> = S extends ChannelSpec<z.ZodType, infer Res> ? Res : never

