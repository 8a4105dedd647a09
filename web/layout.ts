/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with
 * pause, resume and reset, an automatic pause after a number of iterations,
 * and dragged nodes pinned where they are dropped (`fixed`).
 *
 * The worker runs on a light shadow graph (positions and edge weights only);
 * positions are copied to the rendered graph at most every `layoutSyncMs`, so
 * on a large graph the renderer draws a few frames per second of layout
 * rather than one per iteration, and pan and zoom stay responsive.
 */
import { MultiDirectedGraph } from 'graphology';
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import { layoutEdgeWeight, layoutIterations, layoutSettings, layoutSyncMs } from './settings.js';
import { seedPosition } from './view-graph.js';
import type { ViewGraph } from './view-graph.js';

// A CommonJS module: under NodeNext its class sits on `.default` for tsc, while bundlers hand the class itself.
type Supervisor = InstanceType<typeof FA2Module.default>;
const FA2LayoutSupervisor = ((FA2Module as unknown as { default?: unknown }).default ?? FA2Module) as typeof FA2Module.default;

interface ShadowNode {
  x: number;
  y: number;
  fixed?: boolean;
}

export class Layout {
  private readonly shadow = new MultiDirectedGraph<ShadowNode, { weight: number }>({ allowSelfLoops: true });
  private readonly supervisor: Supervisor;
  private readonly syncMs: number;
  private suspended = false;
  /** Iterations left before the layout pauses itself. */
  private remaining = 0;
  private dirty = false;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;

  /** Each iteration the worker sends back is applied to the shadow as one `updateEachNodeAttributes`. */
  private readonly onIteration = () => {
    if (!this.supervisor.isRunning() || this.suspended) return;
    this.dirty = true;
    if (!this.syncMs) this.sync();
    else this.scheduleSync();
    if (--this.remaining <= 0) this.pause();
  };

  /** A delayed sync, put off again while `busy()` says so. */
  private scheduleSync(): void {
    if (this.syncTimer !== undefined) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      if (this.busy()) this.scheduleSync();
      else this.sync();
    }, this.syncMs);
  }

  /**
   * `busy`: while it returns true, delayed position updates wait (the camera
   * moves: on a large graph an update redraws every node).
   */
  constructor(private readonly graph: ViewGraph, private readonly onChange: (running: boolean) => void, private readonly busy: () => boolean = () => false) {
    graph.forEachNode((node, a) => { this.shadow.addNode(node, { x: a.x, y: a.y, fixed: a.fixed }); });
    graph.forEachEdge((edge, a, source, target) => {
      this.shadow.addDirectedEdgeWithKey(edge, source, target, { weight: layoutEdgeWeight(String(a.kind)) });
    });
    this.syncMs = layoutSyncMs(graph.order, graph.size);
    this.supervisor = new FA2LayoutSupervisor(this.shadow, { settings: layoutSettings(graph.order) });
    this.shadow.on('eachNodeAttributesUpdated', this.onIteration);
  }

  /** Copies the shadow's positions to the rendered graph. */
  private sync(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const shadow = this.shadow;
    this.graph.updateEachNodeAttributes((node, a) => {
      const p = shadow.getNodeAttributes(node);
      // A pinned node keeps its exact drop position (the worker hands back float32 values).
      if (p.fixed) return a;
      a.x = p.x;
      a.y = p.y;
      return a;
    }, { attributes: ['x', 'y'] });
  }

  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  /** Runs the layout for `iterations` iterations (default: by graph size), then pauses it. */
  start(iterations = layoutIterations(this.graph.order)): void {
    if (this.graph.order < 2) return;
    this.remaining = iterations;
    this.supervisor.start();
    this.onChange(true);
  }

  pause(): void {
    this.supervisor.stop();
    clearTimeout(this.syncTimer);
    this.syncTimer = undefined;
    this.sync();
    this.onChange(false);
  }

  /** Back to the start positions, pins released, and run again. */
  reset(): void {
    this.pause();
    const scale = Math.max(1, Math.sqrt(this.graph.order)) * 10;
    this.shadow.updateEachNodeAttributes((node) => ({ ...scaled(seedPosition(node), scale) }));
    this.graph.updateEachNodeAttributes((node, a) => {
      const { fixed: _fixed, ...rest } = a;
      return { ...rest, ...scaled(seedPosition(node), scale) };
    }, { attributes: ['x', 'y', 'fixed'] });
    this.start();
  }

  /** A drag begins: hold the layout so it does not fight the pointer. */
  suspend(): void {
    if (!this.supervisor.isRunning()) return;
    this.sync();
    this.suspended = true;
    this.supervisor.stop();
  }

  /** A drag ends: pin the node where it was dropped and let the layout go on around it. */
  pin(node: string): void {
    if (this.graph.hasNode(node)) {
      const { x, y } = this.graph.getNodeAttributes(node);
      this.graph.setNodeAttribute(node, 'fixed', true);
      this.shadow.mergeNodeAttributes(node, { x, y, fixed: true });
    }
    if (this.suspended) {
      this.suspended = false;
      // start() rebuilds the worker's matrices from the shadow, pins included.
      this.supervisor.start();
    }
  }

  kill(): void {
    clearTimeout(this.syncTimer);
    this.shadow.off('eachNodeAttributesUpdated', this.onIteration);
    this.supervisor.kill();
  }
}

function scaled(p: { x: number; y: number }, s: number): { x: number; y: number } {
  return { x: p.x * s, y: p.y * s };
}
