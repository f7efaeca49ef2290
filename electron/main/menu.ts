// Turns the pure menu template (shared/desktop/menu-template.ts) into Electron's menu. Items
// with an action call `onAction`; index.ts sends those to the renderer or handles them in main.
import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, type MenuEntry, type MenuInput } from '../../shared/desktop/menu-template'
import type { MenuAction } from '../../shared/desktop/menu-actions'

export const toElectronTemplate = (entries: MenuEntry[], onAction: (action: MenuAction) => void): MenuItemConstructorOptions[] =>
  entries.map(({ action, submenu, ...rest }) => ({
    ...rest,
    ...(submenu ? { submenu: toElectronTemplate(submenu, onAction) } : {}),
    ...(action ? { click: () => onAction(action) } : {}),
  }))

export interface MenuApi {
  buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType
  setApplicationMenu(menu: MenuType | null): void
}

/** Rebuilt whenever the journal locks or unlocks, or the theme changes (radio state). */
export const installMenu = (Menu: MenuApi, input: MenuInput, onAction: (action: MenuAction) => void): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(buildMenuTemplate(input), onAction)))
}
