import type { FactTable, Member } from '../facts/Fact';
import type { DimensionEdge } from './readOutline';

/** A table as read, with the hierarchy edges its outlines give. */
export interface ReadTable extends FactTable {
  edges: DimensionEdge[];
  /** Row members whose label names another money unit than the table's (`机关事业单位养老(元)` in 万元). */
  unitInLabels: { member: Member; unit: string; tableUnit: string }[];
}
