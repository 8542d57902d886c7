/**
 * Every word FundCheck's recognisers know, as data, and the one matcher that compares words. Nothing else in the
 * core holds a Chinese word list: a county's new spelling is one more string in one of these files.
 */
export * from './normalise';
export * from './measureWords';
export * from './fundWords';
export * from './lineWords';
export * from './selfEvaluationWords';
export * from './targetWords';
export * from './match';
export * from './accountWords';
export * from './numbering';
export * from './labels';
export * from './textWords';
