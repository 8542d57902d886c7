/** Let the browser paint and handle input (the cancel button) before the next piece of work. */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
