import type { ComponentChildren } from 'preact'
import { followLink } from '../router.js'

export function Link(props: { href: string; children: ComponentChildren; class?: string; current?: boolean; title?: string }) {
  return (
    <a
      href={props.href}
      class={props.class}
      title={props.title}
      aria-current={props.current ? 'page' : undefined}
      onClick={(event) => followLink(event, props.href)}
    >
      {props.children}
    </a>
  )
}
