/** A task of its own after this one (a timer: these steps only matter on a visible page). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

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
  }).then(nextTask);
}
