import { useEffect, useRef, useState, type RefObject } from 'react'

/**
 * After a failed submit, moves focus to the first field marked aria-invalid, so keyboard and
 * screen reader users land on the problem. Runs after the render that marks the fields.
 */
export function useFocusFirstInvalid(): { formRef: RefObject<HTMLFormElement | null>; focusFirstInvalid: () => void } {
  const formRef = useRef<HTMLFormElement>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    if (tick === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [tick])
  return { formRef, focusFirstInvalid: () => setTick((t) => t + 1) }
}
