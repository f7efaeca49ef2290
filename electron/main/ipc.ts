import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES } from '../../shared/contract'
import { fail } from '../../shared/result'
import type { Dispatch } from '../services/router'
import { isTrustedSender } from './security'

/**
 * The only place that calls ipcMain: one handler per contract channel, each checking the sending
 * frame before the shared dispatcher parses the payload and calls the service.
 */
export const registerIpc = (ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, devServerUrl?: string): void => {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, devServerUrl)) {
        return fail('forbidden', 'That request did not come from Hearth’s own window.')
      }
      return dispatch(name, payload)
    })
  }
}
