import type { WpsApplication } from '../../../../src/hosts/wps/WpsApi';

/**
 * The simulated WPS as another WPS version might answer: every read of `property` anywhere below `app` goes
 * through `change`. For the tests of the adapter's checks on what WPS returns (it must stop, not guess).
 */
export function answerOtherwise(app: WpsApplication, property: string, change: (answer: unknown) => unknown): WpsApplication {
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(object, name) {
        const value: unknown = Reflect.get(object, name, object);
        if (name === property) return change(value);
        if (typeof value === 'function') return (...args: unknown[]) => wrapValue((value as (...a: unknown[]) => unknown).apply(object, args));
        return wrapValue(value);
      },
      set(object, name, value) {
        return Reflect.set(object, name, value, object);
      },
    });
  const wrapValue = (value: unknown): unknown => (value !== null && typeof value === 'object' && !Array.isArray(value) ? wrap(value) : value);
  return wrap(app) as WpsApplication;
}
