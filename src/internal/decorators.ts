import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { ContextEvent, type Context } from '@lit/context';

/**
 * Lit's `@property`, `@state` and `@consume` for TypeScript's `experimentalDecorators` (what
 * Reper compiles with), without the branches for standard decorators that lit and @lit/context
 * ship as well. Same behaviour, a few hundred bytes instead of a kilobyte: the hotline and the
 * quick exit must each load within 12 KB, and every element imports its decorators from here.
 */
type Proto = ReactiveElement;

export function property(options?: PropertyDeclaration) {
  // Fields only: a decorated getter/setter would need lit's descriptor handling (none exists).
  return (proto: Proto, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

/** Internal reactive state: re-renders on change, no attribute. */
export function state(options?: PropertyDeclaration) {
  return property({ ...options, state: true, attribute: false });
}

/**
 * A field that takes its value from the closest provider of `context`. What @lit/context's
 * `ContextConsumer` does for its `callback` option, written out as one controller per field, so
 * that the 12 KB elements do not carry that class (its second constructor form, `value` and
 * `dispatchRequest`): on connect, a `context-request` event whose callback keeps one identity
 * (the ContextRoot and the providers dedupe by it); a value re-renders the element and is set
 * the first time, and every time when `subscribe`; a new provider's value replaces the old one's
 * (whose subscription ends); on disconnect, the subscription ends.
 */
export function consume<T>({ context, subscribe }: { context: Context<unknown, T>; subscribe?: boolean }) {
  return (proto: Proto, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).addInitializer((element) => {
      let unsubscribe: (() => void) | undefined;
      let provided = false;
      const callback = (value: T, next?: () => void): void => {
        if (unsubscribe) {
          // Another provider answers now: leave the old one.
          if (unsubscribe !== next) {
            provided = false;
            unsubscribe();
          }
          if (!subscribe) unsubscribe();
        }
        element.requestUpdate();
        if (!provided || subscribe) {
          provided = true;
          (element as unknown as Record<PropertyKey, T>)[name] = value;
        }
        unsubscribe = next;
      };
      element.addController({
        hostConnected: () => element.dispatchEvent(new ContextEvent(context, element, callback, subscribe)),
        hostDisconnected: () => {
          unsubscribe?.();
          unsubscribe = undefined;
        },
      });
    });
  };
}
