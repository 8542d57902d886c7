/**
 * A function of a cell's text, made once per distinct text: recognisers and the scoring ask about the same labels
 * and targets on every sheet of a workbook (a province's county sheets share one template). The memory is bounded:
 * past `limit` texts it starts again. What `make` returns is shared between callers and must not be changed.
 */
export function rememberByText<T>(make: (text: string) => T, limit = 20_000): (text: string) => T {
  const memory = new Map<string, T>();
  return (text: string) => {
    let result = memory.get(text);
    if (result === undefined && !memory.has(text)) {
      if (memory.size >= limit) memory.clear();
      memory.set(text, (result = make(text)));
    }
    return result as T;
  };
}
