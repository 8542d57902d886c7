/**
 * The worst exit code of the files reported so far: where the output is cut short (`check … | head` closes the
 * pipe), bin/fundcheck.js exits with it rather than with 0.
 */
export const progress = { worst: 0 };
