import type { ReactNode } from 'react'

export interface NoticeProps {
  /** error: role=alert (read out at once); info and warning: role=status (polite). */
  tone?: 'info' | 'warning' | 'error'
  title?: string
  children: ReactNode
  id?: string
}

export function Notice({ tone = 'info', title, children, id }: NoticeProps) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} className={`notice notice--${tone}`}>
      {title ? <p className="notice__title">{title}</p> : null}
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  )
}
