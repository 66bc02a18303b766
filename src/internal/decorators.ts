import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { ContextConsumer, type Context } from '@lit/context';

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

/** A field that takes its value from the closest provider of `context`. */
export function consume<T>({ context, subscribe }: { context: Context<unknown, T>; subscribe?: boolean }) {
  return (proto: Proto, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).addInitializer((element) => {
      new ContextConsumer(element, {
        context,
        subscribe,
        callback: (value: T) => {
          (element as unknown as Record<PropertyKey, T>)[name] = value;
        },
      });
    });
  };
}
