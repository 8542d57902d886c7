/** The add-in's version, written in by the build (webpack's DefinePlugin, from package.json); `dev` in tests. */
declare const FUNDCHECK_VERSION: string | undefined;

export const VERSION: string = typeof FUNDCHECK_VERSION === 'string' ? FUNDCHECK_VERSION : 'dev';
