export { guidedHandlers, type GuidedHandlers, type GuidedOptions } from './guided.handlers'
