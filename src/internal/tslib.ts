/**
 * The TypeScript helpers of the CDN build, in place of tslib's (rollup.config.mjs gives this file
 * to the typescript plugin as its `tslib`). With target ES2022 the only helper TypeScript emits is
 * `__decorate`, for the decorators of src/internal/decorators.ts and @lit/context's `provide`:
 * all of them decorate fields (eslint.config.mjs allows no other kind), define what they need
 * themselves and return nothing. So this `__decorate` only calls them, last first as tslib does,
 * without tslib's `Reflect.decorate` and descriptor handling that the 12 KB quick exit and helpline
 * bundles would otherwise carry. A helper missing here fails the build ("is not exported").
 */
type FieldDecorator = (proto: object, name: PropertyKey) => void;

export function __decorate(decorators: FieldDecorator[], proto: object, name: PropertyKey): void {
  for (let i = decorators.length; i--; ) decorators[i](proto, name);
}
