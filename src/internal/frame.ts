import { yieldToEventLoop } from './yield.js';

/**
 * After the next frame has been laid out and painted, then a task of its own: work done in
 * steps this way is laid out step by step too. A hidden page paints no frames, so after 100 ms
 * at the latest.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  }).then(yieldToEventLoop);
}
