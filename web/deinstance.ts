/**
 * Draws sigma's instanced programs (one instance per node) as one plain
 * indexed triangle list, on renderers that opt in.
 *
 * Why: sigma 4 draws every node as an instance of a quad, twice a frame (the
 * picture and the picking buffer). Chromium without a GPU renders WebGL with
 * SwiftShader, which processes an instanced draw one instance at a time, at a
 * fixed cost of about 25 µs each: 20,000 nodes cost about 1 s a frame however
 * small they are, while the same quads as one triangle list cost about 40 ms
 * (measured in headless Chromium on this project's bench machine). GPUs draw
 * both forms quickly, so the only cost there is a copy of the node records
 * when they change.
 *
 * How: sigma's `Program` keeps its per-item records in `ints` (one record of
 * `ATTRIBUTES_ITEMS_COUNT` 32-bit slots per item) and the shape of one item in
 * `constantArray`; it calls `drawWebGL` after binding both with attribute
 * divisors. The replacement `drawWebGL` binds an expanded copy (every item's
 * vertices, each followed by the item's record) with no divisor and draws the
 * same items with `drawElements`. The shaders are unchanged (they do not read
 * gl_InstanceID). The copy is rebuilt when sigma invalidates its buffers.
 * If a sigma release changes these members, `usable` fails and the program
 * draws the instanced way, as before.
 *
 * While the camera moves, the picking pass is skipped: nothing is hovered
 * during a pan or zoom, and a still frame (picking included) follows when the
 * move ends (`renderWhenStill`).
 */
import { Program } from 'sigma/rendering';
import type { ProgramAttributeSpecification, ProgramInfo } from 'sigma/rendering';
import type Sigma from 'sigma';
import { indicesPerItem, interleave, triangleIndices } from './instancing.js';
import { cameraMoving, renderWhenStill } from './moving.js';

/** The members of sigma's Program this module reads (public or protected in sigma's typings). */
interface ProgramInternals {
  renderer: unknown;
  isInstanced: boolean;
  VERTICES: number;
  ATTRIBUTES: ProgramAttributeSpecification[];
  CONSTANT_ATTRIBUTES: ProgramAttributeSpecification[];
  ATTRIBUTES_ITEMS_COUNT: number;
  constantArray: Float32Array;
  ints: Uint32Array;
  capacity: number;
  renderOffset: number;
  renderCount: number;
  drawWebGL(method: number, info: ProgramInfo): void;
  invalidateBuffers(): void;
}

interface Expanded {
  gl: WebGL2RenderingContext;
  vertices: WebGLBuffer;
  indices: WebGLBuffer;
  /** Bumped by every invalidateBuffers(); the copy is current when `built` equals it. */
  generation: number;
  built: number;
  capacity: number;
  verticesPerItem: number;
  mode: 'strip' | 'list';
  data?: Uint32Array;
}

interface Options {
  /** Programs with fewer item slots than this keep drawing the instanced way. */
  minItems: number;
  /** Whether the camera is moving (the picking pass is skipped then). */
  moving: () => boolean;
  /** Called when a pass was skipped because the camera moved. */
  skipped: () => void;
}

const enabled = new WeakMap<object, Options>();
const expanded = new WeakMap<object, Expanded>();
let installed = false;
let draws = 0;

/** Draws made the expanded way since the page loaded (read by tests, through the page's test API). */
export function expandedDraws(): number {
  return draws;
}

const SLOT_BYTES: Record<number, number> = {
  [WebGL2RenderingContext.BYTE]: 1,
  [WebGL2RenderingContext.UNSIGNED_BYTE]: 1,
  [WebGL2RenderingContext.SHORT]: 2,
  [WebGL2RenderingContext.UNSIGNED_SHORT]: 2,
  [WebGL2RenderingContext.INT]: 4,
  [WebGL2RenderingContext.UNSIGNED_INT]: 4,
  [WebGL2RenderingContext.FLOAT]: 4,
};

/** Bytes an attribute takes (sigma packs four bytes of colour or id into one 32-bit slot). */
function attributeBytes(attr: ProgramAttributeSpecification): number {
  return attr.size * (SLOT_BYTES[attr.type] ?? NaN);
}

function slots(attrs: ProgramAttributeSpecification[]): number {
  return attrs.reduce((sum, a) => sum + attributeBytes(a), 0) / 4;
}

/** The members this module relies on are there and consistent. */
function usable(p: ProgramInternals): boolean {
  return p.isInstanced === true && Number.isInteger(p.VERTICES) && p.VERTICES > 0 &&
    Array.isArray(p.ATTRIBUTES) && Array.isArray(p.CONSTANT_ATTRIBUTES) &&
    p.ints instanceof Uint32Array && p.constantArray instanceof Float32Array &&
    Number.isInteger(p.renderOffset) && Number.isInteger(p.renderCount) &&
    Number.isInteger(slots(p.ATTRIBUTES)) && slots(p.ATTRIBUTES) === p.ATTRIBUTES_ITEMS_COUNT &&
    Number.isInteger(slots(p.CONSTANT_ATTRIBUTES)) &&
    p.constantArray.length === p.VERTICES * slots(p.CONSTANT_ATTRIBUTES) &&
    p.ints.length >= p.capacity * p.ATTRIBUTES_ITEMS_COUNT;
}

function state(p: ProgramInternals, gl: WebGL2RenderingContext, mode: 'strip' | 'list'): Expanded | undefined {
  let s = expanded.get(p);
  if (s && s.gl !== gl) s = undefined; // context restored: sigma built new programs, but be safe
  if (!s) {
    const vertices = gl.createBuffer();
    const indices = gl.createBuffer();
    if (!vertices || !indices) return undefined;
    s = { gl, vertices, indices, generation: 1, built: 0, capacity: -1, verticesPerItem: 0, mode };
    expanded.set(p, s);
  }
  return s;
}

function drawExpanded(p: ProgramInternals, method: number, info: ProgramInfo, s: Expanded): void {
  const gl = info.gl;
  const constantSlots = slots(p.CONSTANT_ATTRIBUTES);
  const itemSlots = p.ATTRIBUTES_ITEMS_COUNT;
  const stride = (constantSlots + itemSlots) * 4;
  gl.bindBuffer(gl.ARRAY_BUFFER, s.vertices);
  if (s.built !== s.generation || s.capacity !== p.capacity || s.verticesPerItem !== p.VERTICES || s.mode !== (method === gl.TRIANGLES ? 'list' : 'strip')) {
    const size = p.capacity * p.VERTICES * (constantSlots + itemSlots);
    if (!s.data || s.data.length !== size) s.data = new Uint32Array(size);
    interleave(new Uint32Array(p.constantArray.buffer, p.constantArray.byteOffset, p.constantArray.length), constantSlots, p.VERTICES,
      p.ints, itemSlots, p.capacity, s.data);
    gl.bufferData(gl.ARRAY_BUFFER, s.data, gl.DYNAMIC_DRAW);
    const mode = method === gl.TRIANGLES ? 'list' : 'strip';
    if (s.capacity !== p.capacity || s.verticesPerItem !== p.VERTICES || s.mode !== mode) {
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, s.indices);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, triangleIndices(mode, p.VERTICES, p.capacity), gl.STATIC_DRAW);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, null);
    }
    s.built = s.generation;
    s.capacity = p.capacity;
    s.verticesPerItem = p.VERTICES;
    s.mode = mode;
  }
  let offset = 0;
  for (const attr of [...p.CONSTANT_ATTRIBUTES, ...p.ATTRIBUTES]) {
    const location = info.attributeLocations[attr.name];
    if (location !== undefined && location !== -1) {
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, attr.size, attr.type, attr.normalized ?? false, stride, offset);
      gl.vertexAttribDivisor(location, 0);
    }
    offset += attributeBytes(attr);
  }
  const per = indicesPerItem(s.mode, p.VERTICES);
  const count = p.renderCount >= 0 ? p.renderCount : p.capacity;
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, s.indices);
  gl.drawElements(gl.TRIANGLES, count * per, gl.UNSIGNED_INT, p.renderOffset * per * 4);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  draws++;
}

function install(): void {
  if (installed) return;
  installed = true;
  const proto = Program.prototype as unknown as ProgramInternals;
  const instancedDraw = proto.drawWebGL;
  const invalidate = proto.invalidateBuffers;
  proto.invalidateBuffers = function (this: ProgramInternals) {
    invalidate.call(this);
    const s = expanded.get(this);
    if (s) s.generation++;
  };
  proto.drawWebGL = function (this: ProgramInternals, method: number, info: ProgramInfo) {
    const options = enabled.get(this.renderer as object);
    const gl = info.gl;
    if (!options || this.capacity < options.minItems || (method !== gl.TRIANGLE_STRIP && method !== gl.TRIANGLES) || !usable(this)) {
      instancedDraw.call(this, method, info);
      return;
    }
    if (info.isPicking && options.moving()) {
      options.skipped();
      return;
    }
    const s = state(this, gl, method === gl.TRIANGLES ? 'list' : 'strip');
    if (!s) {
      instancedDraw.call(this, method, info);
      return;
    }
    drawExpanded(this, method, info, s);
  };
}

/**
 * From now on, `renderer`'s instanced programs with at least `minItems` item
 * slots draw as plain triangle lists, and skip their picking pass while the camera moves.
 */
export function drawWithoutInstancing(renderer: Sigma, minItems: number): void {
  install();
  enabled.set(renderer, { minItems, moving: () => cameraMoving(renderer), skipped: () => renderWhenStill(renderer) });
}
