/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with
 * pause, resume and reset, an automatic pause after a while, and dragged
 * nodes pinned where they are dropped (`fixed`).
 */
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import { layoutDuration, layoutEdgeWeight, layoutSettings } from './settings.js';
import { seedPosition } from './view-graph.js';
import type { ViewGraph } from './view-graph.js';

// A CommonJS module: under NodeNext its class sits on `.default` for tsc, while bundlers hand the class itself.
type Supervisor = InstanceType<typeof FA2Module.default>;
const FA2LayoutSupervisor = ((FA2Module as unknown as { default?: unknown }).default ?? FA2Module) as typeof FA2Module.default;

export class Layout {
  private supervisor: Supervisor;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private suspended = false;

  constructor(private readonly graph: ViewGraph, private readonly onChange: (running: boolean) => void) {
    this.supervisor = new FA2LayoutSupervisor(graph, {
      settings: layoutSettings(graph.order),
      getEdgeWeight: (_edge: string, attrs: Record<string, unknown>) => layoutEdgeWeight(String(attrs.kind)),
    });
  }

  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  /** Runs the layout, pausing itself after `duration` ms (default: by graph size). */
  start(duration = layoutDuration(this.graph.order)): void {
    if (this.graph.order < 2) return;
    this.supervisor.start();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pause(), duration);
    this.onChange(true);
  }

  pause(): void {
    clearTimeout(this.timer);
    this.supervisor.stop();
    this.onChange(false);
  }

  /** Back to the start positions, pins released, and run again. */
  reset(): void {
    this.pause();
    const scale = Math.max(1, Math.sqrt(this.graph.order)) * 10;
    this.graph.updateEachNodeAttributes((node, a) => {
      const p = seedPosition(node);
      const { fixed: _fixed, ...rest } = a;
      return { ...rest, x: p.x * scale, y: p.y * scale };
    }, { attributes: ['x', 'y', 'fixed'] });
    this.start();
  }

  /** A drag begins: hold the layout so it does not fight the pointer. */
  suspend(): void {
    if (!this.supervisor.isRunning()) return;
    this.suspended = true;
    this.supervisor.stop();
  }

  /** A drag ends: pin the node and let the layout go on around it. */
  pin(node: string): void {
    if (this.graph.hasNode(node)) this.graph.setNodeAttribute(node, 'fixed', true);
    if (this.suspended) {
      this.suspended = false;
      // start() rebuilds the worker's matrices from the graph, pins included.
      this.supervisor.start();
    }
  }

  kill(): void {
    clearTimeout(this.timer);
    this.supervisor.kill();
  }
}
