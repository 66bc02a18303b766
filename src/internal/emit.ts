/** Names of Reper's typed events (each declared in `GlobalEventHandlersEventMap` by its element). */
export type ReperEventName = Extract<keyof GlobalEventHandlersEventMap, `reper-${string}`>;

/** The `detail` type of a Reper event. */
export type ReperEventDetail<K extends ReperEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a Reper event the one way every Reper event is fired: a `CustomEvent` that bubbles and
 * crosses shadow roots (`composed`), so a page listening on `document` hears an element inside the
 * kiosk or a provider. Typed by the event map: a wrong name or detail does not compile.
 */
export function emit<K extends ReperEventName>(
  target: EventTarget,
  name: K,
  detail: ReperEventDetail<K>,
  options: { cancelable?: boolean } = {},
): CustomEvent<ReperEventDetail<K>> {
  const event = new CustomEvent(name, { bubbles: true, composed: true, ...options, detail });
  target.dispatchEvent(event);
  return event;
}
