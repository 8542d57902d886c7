import { shardSuite } from './shardSuite';

/** The fact generator's cases, part 3 of 5: see shardSuite.ts and README's "The layout generator". */
shardSuite(2);
