import type { ButtonHTMLAttributes } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'nav'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant
  /** Shows `busyLabel` and ignores clicks, but stays focusable so keyboard users keep their place. */
  busy?: boolean
  busyLabel?: string
}

export function Button({ variant = 'primary', busy = false, busyLabel, className, type = 'button', onClick, children, ...rest }: ButtonProps) {
  const classes = ['button', variant === 'primary' ? '' : `button--${variant}`, className ?? ''].filter(Boolean).join(' ')
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault()
          return
        }
        onClick?.(event)
      }}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  )
}
