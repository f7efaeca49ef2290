// All written content, typed as data. Components render it generically; tests check its shape.
export * from './reflection'
export * from './journal-prompts'
export * from './values'
export * from './decks'
export * from './listening'
export * from './rituals'
export * from './boundaries'
