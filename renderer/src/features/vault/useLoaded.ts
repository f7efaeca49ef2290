import { useCallback, useEffect, useState } from 'react'
import type { ChannelName, Req, Res } from '../../../../shared/contract'
import { call } from '../../api'
import { useAsyncAction } from './useAsyncAction'

/** Channels that take no arguments (the `empty` request), such as 'rituals:list'. */
type ArgumentFree = { [K in ChannelName]: Record<string, never> extends Req<K> ? K : never }[ChannelName]

/**
 * Loads a page's data from an argument-free channel when the page opens; `reload` asks again after
 * a change. A failed load keeps what was shown and puts the service's message in `error`.
 */
export function useLoaded<K extends ArgumentFree>(channel: K) {
  const action = useAsyncAction()
  const { run } = action
  const [value, setValue] = useState<Res<K> | null>(null)

  const reload = useCallback(async () => {
    const next = await run(() => call(channel, {} as Req<K>))
    if (next) setValue(next)
  }, [run, channel])
  useEffect(() => {
    void reload()
  }, [reload])

  return { ...action, value, setValue, reload }
}
