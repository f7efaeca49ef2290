// What a menu item or shortcut asks the renderer to do. Main sends these as 'menu:action'; the
// renderer navigates or acts. A union of literals, so a typo is a compile error on both sides.

export const GO_ACTIONS = [
  'go:home',
  'go:reflection',
  'go:private',
  'go:notes',
  'go:history',
  'go:values',
  'go:conversations',
  'go:listening',
  'go:rituals',
  'go:boundaries',
  'go:preferences',
] as const

export const MENU_ACTIONS = [
  ...GO_ACTIONS,
  'entry:new-private',
  'note:new',
  'backup:make',
  'export:open',
  'print:agreement',
  'find',
  'lock',
  'theme:system',
  'theme:light',
  'theme:dark',
  'text:bigger',
  'text:smaller',
  'text:reset',
  'about',
  'shortcuts',
] as const

export type MenuAction = (typeof MENU_ACTIONS)[number]
export type GoAction = (typeof GO_ACTIONS)[number]

export const isMenuAction = (value: unknown): value is MenuAction =>
  typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value)

/** Actions that need an open journal: disabled in the menu while Hearth is locked. */
export const NEEDS_UNLOCK: ReadonlySet<MenuAction> = new Set<MenuAction>([
  ...GO_ACTIONS,
  'entry:new-private',
  'note:new',
  'backup:make',
  'export:open',
  'print:agreement',
  'find',
  'lock',
])
