import type { HTMLAttributes } from 'react'

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'section' | 'div' | 'article'
}

export function Card({ as: Tag = 'section', className, ...rest }: CardProps) {
  return <Tag {...rest} className={['card', className ?? ''].filter(Boolean).join(' ')} />
}
