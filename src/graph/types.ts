import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './attributes.js';

export type DemarcheGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
