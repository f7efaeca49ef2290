import { Menu, type MenuItemConstructorOptions } from 'electron'

/** A small menu: lock, the edit roles (so copy and paste work), zoom, quit. No help links out. */
export const menuTemplate = (actions: { lock: () => void }, platform = process.platform): MenuItemConstructorOptions[] => [
  ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
  {
    label: 'Hearth',
    submenu: [
      { label: 'Lock Hearth', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
      { type: 'separator' },
      { role: 'quit' },
    ],
  },
  { role: 'editMenu' },
  {
    label: 'View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  },
]

export const installMenu = (actions: { lock: () => void }): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)))
}
