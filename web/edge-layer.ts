/**
 * The edges of a large graph, drawn as one-pixel lines by two sigma custom
 * layer programs; sigma itself draws the nodes only (view-graph.ts, nodeStage).
 *
 * Why: sigma draws each edge as an instance of a strip of up to 22 vertices
 * (curved parallel paths, arrowheads, anti-aliased bodies). Without a GPU,
 * Chromium's SwiftShader pays about 25 µs per instance before a pixel is
 * drawn, and the strips' fragment shader is heavy: 100,000 edges took 7 to 10 s
 * a frame on the bench machine. As plain GL lines in one draw call they take
 * under a second when they cross the whole view (the generated graph before
 * its layout), less once the layout has run.
 *
 * That is still too long for every frame, so the lines are drawn into a
 * picture (an offscreen texture), and the picture is what each frame shows
 * (depth `edges`):
 * - while the camera moves, the picture moves, turns and scales with it
 *   (affine.ts), so edges stay in view during a pan or zoom;
 * - when the camera has stopped for a moment (`SETTLE_MS`), or the layout or
 *   the filters change the lines, a new picture is drawn a slice of lines
 *   per frame (`LINES_PER_FRAME`), the old one shown until the new one is
 *   complete (filters: the new one, as it fills in). `finish()` draws the
 *   rest at once (exports, the bench);
 * - hovering or selecting a node redraws no line: a veil of the background
 *   colour fades everything drawn so far, and the few highlighted edges are
 *   drawn over it, in colour, under the highlighted nodes (depth `topNodes`).
 *
 * What changes on large graphs: edges are straight hairlines without
 * arrowheads; one line stands for all edges of the same kind between two
 * actors, in either direction (edge-lines.ts); self-loops draw nothing; edges
 * cannot be hovered (they could not on large graphs before either). The side
 * panel still lists every edge of the selected actor with its evidence.
 *
 * Positions come from sigma's node data texture (read in the vertex shader by
 * each node's texture index), so lines follow the layout and dragged nodes
 * without any copy.
 */
import { GLSL_READ_NODE_DATA } from 'sigma/rendering';
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';
import { pictureQuad, same } from './affine.js';
import { cameraMoving, renderWhenStill } from './moving.js';
import { edgeLines } from './edge-lines.js';
import type { EdgeLines, EdgeSource } from './edge-lines.js';

/**
 * Lines drawn into a new picture per frame: about 0.1 s in software WebGL for
 * lines across the whole view (the generated graph before its layout).
 */
export const LINES_PER_FRAME = 12_500;
/**
 * A new picture for a new camera waits until the camera has been still this
 * long: a pan followed at once by a zoom, or by another pan, draws no line
 * in between.
 */
export const SETTLE_MS = 200;
/** A texture unit sigma does not use (it uses 0 to 7). */
const PICTURE_TEXTURE_UNIT = 8;

const LINE_VERTEX_SHADER = /* glsl */ `#version 300 es
in float a_node;
in vec4 a_color;
uniform sampler2D u_nodeData;
uniform int u_nodeDataWidth;
uniform mat3 u_matrix;
out vec4 v_color;
${GLSL_READ_NODE_DATA}
void main() {
  vec4 node = readNodeData(u_nodeData, u_nodeDataWidth, int(a_node));
  gl_Position = vec4((u_matrix * vec3(node.xy, 1.0)).xy, 0.0, 1.0);
  v_color = vec4(a_color.rgb * a_color.a, a_color.a);
}
`;

const LINE_FRAGMENT_SHADER = /* glsl */ `#version 300 es
precision mediump float;
in vec4 v_color;
out vec4 fragColor;
void main() {
  fragColor = v_color;
}
`;

const PICTURE_VERTEX_SHADER = /* glsl */ `#version 300 es
in vec2 a_position;
in vec2 a_uv;
out vec2 v_uv;
void main() {
  v_uv = a_uv;
  gl_Position = vec4(a_position, 0.0, 1.0);
}
`;

// The picture holds premultiplied colours.
const PICTURE_FRAGMENT_SHADER = /* glsl */ `#version 300 es
precision mediump float;
in vec2 v_uv;
uniform sampler2D u_picture;
out vec4 fragColor;
void main() {
  fragColor = texture(u_picture, v_uv);
}
`;

// A quad over the whole frame, from the vertex number alone (a strip of four).
const VEIL_VERTEX_SHADER = /* glsl */ `#version 300 es
void main() {
  gl_Position = vec4((gl_VertexID & 1) == 0 ? -1.0 : 1.0, (gl_VertexID & 2) == 0 ? -1.0 : 1.0, 0.0, 1.0);
}
`;

const VEIL_FRAGMENT_SHADER = /* glsl */ `#version 300 es
precision mediump float;
uniform vec4 u_color;
out vec4 fragColor;
void main() {
  fragColor = u_color;
}
`;

/** How much of the stage background covers the rest of the graph while a node is hovered or selected. */
const VEIL_OPACITY = 0.8;

const EMPTY: EdgeLines = { ends: [], rgba: new Uint32Array(0), count: 0, edges: 0 };

type Which = 'all' | 'highlighted';

/** The graph the layer reads: its edges, and each edge's kind and ends. */
export interface LayerGraph extends EdgeSource {
  getEdgeAttributes(edge: string): { kind: string };
  extremities(edge: string): [string, string];
}

/** The graph sigma draws, whose node positions the lines follow: only its events are read. */
export interface PositionSource {
  on(event: 'eachNodeAttributesUpdated', listener: (payload: { hints?: { attributes?: string[] } }) => void): unknown;
  on(event: 'nodeAttributesUpdated', listener: (payload: { type: string; name?: string; data?: Record<string, unknown> }) => void): unknown;
}

const MOVES = (names: readonly string[] | undefined) => !names || names.includes('x') || names.includes('y');

export class EdgeLayer {
  private hidden: ReadonlySet<string> = new Set();
  /** The visible edges' lines, computed when first needed after a change of filters. */
  private all: EdgeLines | undefined;
  private highlighted: EdgeLines = EMPTY;
  private faded = false;
  /** Bumped whenever a set of lines changes. */
  private versions: Record<Which, number> = { all: 0, highlighted: 0 };
  /** Bumped when nodes move (layout, drag). */
  positionsVersion = 0;
  /** Bumped when sigma reprocessed its nodes: their texture indices may have changed. */
  nodesProcessed = 0;
  /** Draw the rest of the picture in the next frame. */
  finishing = false;
  /** Forget the pictures (the next frame starts a new one). */
  invalidated = 0;
  /** performance.now() when the first complete picture of the edges was shown. */
  firstCompleteAt: number | undefined;
  /** performance.now() of the last camera change. */
  private cameraChangedAt = -Infinity;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `graph`: the edges to draw; `positions`: the graph sigma draws (its node moves are followed);
   * `background`: the stage colour (r, g, b from 0 to 1), for the veil.
   */
  constructor(private readonly renderer: Sigma, private readonly graph: LayerGraph, positions: PositionSource, readonly background: readonly [number, number, number] = [1, 1, 1]) {
    positions.on('eachNodeAttributesUpdated', ({ hints }) => { if (MOVES(hints?.attributes)) this.positionsVersion++; });
    positions.on('nodeAttributesUpdated', ({ type, name, data }) => {
      if (type === 'set' || type === 'remove' ? MOVES(name === undefined ? undefined : [name]) : MOVES(data ? Object.keys(data) : undefined)) this.positionsVersion++;
    });
    renderer.getCamera().on('updated', () => { this.cameraChangedAt = performance.now(); });
    renderer.addCustomLayerProgram('demarche-edges', 'edges', (gl) => new PictureProgram(gl, this));
    // Under the highlighted nodes (depth topNodes), over everything else: the veil, then the highlighted edges.
    renderer.addCustomLayerProgram('demarche-highlighted-edges', 'topNodes', (gl) => new HighlightProgram(gl, this));
  }

  /** The edges the filters hide. */
  setHidden(hidden: ReadonlySet<string>): void {
    this.hidden = hidden;
    this.all = undefined;
    this.versions.all++;
    this.renderer.scheduleRender();
  }

  /** The edges of the hovered or selected actor, drawn on top; `active`: something is hovered or selected, so the rest fades. */
  setHighlighted(edges: readonly string[], active: boolean): void {
    const graph = this.graph;
    this.highlighted = edgeLines({
      forEachEdge: (callback) => {
        for (const edge of edges) {
          const [source, target] = graph.extremities(edge);
          callback(edge, graph.getEdgeAttributes(edge), source, target);
        }
      },
    }, this.hidden);
    this.faded = active;
    this.versions.highlighted++;
    this.renderer.scheduleRender();
  }

  /** The next frame draws the whole picture (for an export, or to time a full redraw). */
  finish(): void {
    this.finishing = true;
    this.renderer.scheduleRender();
  }

  /** Drops the current picture: the next frame draws a new one from scratch. */
  invalidate(): void {
    this.invalidated++;
    this.renderer.scheduleRender();
  }

  lines(which: Which): EdgeLines {
    if (which === 'highlighted') return this.highlighted;
    this.all ??= edgeLines(this.graph, this.hidden);
    return this.all;
  }

  version(which: Which): number {
    return this.versions[which];
  }

  isFaded(): boolean {
    return this.faded;
  }

  moving(): boolean {
    return cameraMoving(this.renderer);
  }

  renderWhenStill(): void {
    renderWhenStill(this.renderer);
  }

  /** Milliseconds until the camera will have been still for SETTLE_MS (0: it has); a frame is scheduled then. */
  settling(): number {
    const wait = this.cameraChangedAt + SETTLE_MS - performance.now();
    if (wait <= 0) return 0;
    if (this.settleTimer === undefined) {
      this.settleTimer = setTimeout(() => {
        this.settleTimer = undefined;
        this.renderer.scheduleRender();
      }, wait);
    }
    return wait;
  }

  scheduleRender(): void {
    this.renderer.scheduleRender();
  }

  /** Sigma's texture index of a node (-1 if it has none). */
  nodeIndex(node: string): number {
    return this.renderer.getNodeDataTexture().getIndex(node);
  }

  bindNodeData(unit: number): void {
    this.renderer.getNodeDataTexture().bind(unit);
  }
}

function compile(gl: WebGL2RenderingContext, vertex: string, fragment: string, attributes: string[]): { program: WebGLProgram; shaders: WebGLShader[] } {
  const shaders = [[gl.VERTEX_SHADER, vertex], [gl.FRAGMENT_SHADER, fragment]].map(([type, source]) => {
    const shader = gl.createShader(type as number);
    if (!shader) throw new Error('demarche: could not create a shader.');
    gl.shaderSource(shader, source as string);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`demarche: edge shader: ${gl.getShaderInfoLog(shader) ?? ''}`);
    return shader;
  });
  const program = gl.createProgram();
  if (!program) throw new Error('demarche: could not create the edge program.');
  for (const shader of shaders) gl.attachShader(program, shader);
  attributes.forEach((name, i) => gl.bindAttribLocation(program, i, name));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`demarche: edge program: ${gl.getProgramInfoLog(program) ?? ''}`);
  return { program, shaders };
}

/** One interleaved vertex attribute: its component count and type, and its byte offset in a vertex. */
interface VertexField { size: number; type: number; normalized: boolean; offset: number }

/** A vertex buffer and the vertex array that reads `fields` (attribute locations 0, 1, …) from it. */
function vertexArray(gl: WebGL2RenderingContext, what: string, stride: number, fields: readonly VertexField[]): { buffer: WebGLBuffer; vao: WebGLVertexArrayObject } {
  const buffer = gl.createBuffer();
  const vao = gl.createVertexArray();
  if (!buffer || !vao) throw new Error(`demarche: could not create the ${what} buffers.`);
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  fields.forEach((f, location) => {
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, f.size, f.type, f.normalized, stride, f.offset);
  });
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  return { buffer, vao };
}

/** A set of lines on the GPU: each end's node texture index and the line's colour. */
class LineBuffer {
  readonly program: WebGLProgram;
  private readonly shaders: WebGLShader[];
  private readonly buffer: WebGLBuffer;
  private readonly vao: WebGLVertexArrayObject;
  private readonly uniforms: Record<'nodeData' | 'nodeDataWidth' | 'matrix', WebGLUniformLocation | null>;
  private builtVersion = -1;
  private builtProcessed = -1;
  /** Lines uploaded (lines whose two ends sigma draws). */
  count = 0;
  /** Bumped when the uploaded lines or their texture indices changed. */
  uploads = 0;
  /** Texture index per line end, as last uploaded. */
  private indices = new Float32Array(0);

  constructor(private readonly gl: WebGL2RenderingContext, private readonly layer: EdgeLayer, private readonly which: Which) {
    ({ program: this.program, shaders: this.shaders } = compile(gl, LINE_VERTEX_SHADER, LINE_FRAGMENT_SHADER, ['a_node', 'a_color']));
    // A vertex: the end's node texture index (float), then the line's colour (4 bytes).
    ({ buffer: this.buffer, vao: this.vao } = vertexArray(gl, 'edge', 8, [
      { size: 1, type: gl.FLOAT, normalized: false, offset: 0 },
      { size: 4, type: gl.UNSIGNED_BYTE, normalized: true, offset: 4 },
    ]));
    this.uniforms = {
      nodeData: gl.getUniformLocation(this.program, 'u_nodeData'),
      nodeDataWidth: gl.getUniformLocation(this.program, 'u_nodeDataWidth'),
      matrix: gl.getUniformLocation(this.program, 'u_matrix'),
    };
  }

  /** Rebuilds the vertex buffer if the lines, or their ends' texture indices, changed. */
  update(): void {
    const version = this.layer.version(this.which);
    const linesChanged = this.builtVersion !== version;
    if (!linesChanged && this.builtProcessed === this.layer.nodesProcessed) return;
    this.builtProcessed = this.layer.nodesProcessed;
    const lines = this.layer.lines(this.which);
    const indices = new Float32Array(lines.ends.length);
    const known = new Map<string, number>();
    for (let i = 0; i < lines.ends.length; i++) {
      const node = lines.ends[i];
      let index = known.get(node);
      if (index === undefined) known.set(node, (index = this.layer.nodeIndex(node)));
      indices[i] = index;
    }
    if (!linesChanged && sameValues(indices, this.indices)) return;
    this.builtVersion = version;
    this.indices = indices;
    const words = new ArrayBuffer(lines.count * 16);
    const floats = new Float32Array(words);
    const ints = new Uint32Array(words);
    let v = 0;
    for (let line = 0; line < lines.count; line++) {
      const a = indices[line * 2];
      const b = indices[line * 2 + 1];
      if (a < 0 || b < 0) continue; // a node sigma does not draw
      floats[v * 2] = a;
      ints[v * 2 + 1] = lines.rgba[line];
      floats[v * 2 + 2] = b;
      ints[v * 2 + 3] = lines.rgba[line];
      v += 2;
    }
    const gl = this.gl;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, new Uint32Array(words, 0, v * 2), gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.count = v / 2;
    this.uploads++;
  }

  /** Draws lines [first, first + count) with `matrix`, into whatever framebuffer is bound. */
  draw(params: RenderParams, matrix: Float32Array, first: number, count: number): void {
    if (count <= 0) return;
    const gl = this.gl;
    gl.useProgram(this.program);
    this.layer.bindNodeData(params.nodeDataTextureUnit);
    gl.uniform1i(this.uniforms.nodeData, params.nodeDataTextureUnit);
    gl.uniform1i(this.uniforms.nodeDataWidth, params.nodeDataTextureWidth);
    gl.uniformMatrix3fv(this.uniforms.matrix, false, matrix);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vao);
    gl.drawArrays(gl.LINES, first * 2, count * 2);
    gl.bindVertexArray(null);
  }

  kill(): void {
    const gl = this.gl;
    gl.deleteVertexArray(this.vao);
    gl.deleteBuffer(this.buffer);
    gl.deleteProgram(this.program);
    for (const shader of this.shaders) gl.deleteShader(shader);
  }
}

/**
 * While a node is hovered or selected: a veil of the background colour over
 * everything drawn so far (edges and the other nodes, which fade), then the
 * highlighted edges, few, drawn straight onto the frame; sigma then draws the
 * highlighted nodes on top (depth topNodes). Fading by a veil costs one quad;
 * fading node by node would restyle all 20,000 nodes on every hover.
 */
class HighlightProgram {
  private readonly lines: LineBuffer;
  private readonly veil: { program: WebGLProgram; shaders: WebGLShader[] };
  private readonly veilColor: WebGLUniformLocation | null;
  private readonly vao: WebGLVertexArrayObject;

  constructor(private readonly gl: WebGL2RenderingContext, private readonly layer: EdgeLayer) {
    this.lines = new LineBuffer(gl, layer, 'highlighted');
    this.veil = compile(gl, VEIL_VERTEX_SHADER, VEIL_FRAGMENT_SHADER, []);
    this.veilColor = gl.getUniformLocation(this.veil.program, 'u_color');
    const vao = gl.createVertexArray();
    if (!vao) throw new Error('demarche: could not create the veil.');
    this.vao = vao;
  }

  cacheData(): void {
    this.layer.nodesProcessed++;
  }

  render(params: RenderParams): void {
    const gl = this.gl;
    if (this.layer.isFaded()) {
      const [r, g, b] = this.layer.background;
      gl.useProgram(this.veil.program);
      // Premultiplied, as sigma blends.
      gl.uniform4f(this.veilColor, r * VEIL_OPACITY, g * VEIL_OPACITY, b * VEIL_OPACITY, VEIL_OPACITY);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.bindVertexArray(this.vao);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
      gl.bindVertexArray(null);
    }
    this.lines.update();
    this.lines.draw(params, params.matrix, 0, this.lines.count);
  }

  kill(): void {
    const gl = this.gl;
    this.lines.kill();
    gl.deleteVertexArray(this.vao);
    gl.deleteProgram(this.veil.program);
    for (const shader of this.veil.shaders) gl.deleteShader(shader);
  }
}

/** An offscreen picture of the lines and how it was drawn. */
interface Picture {
  texture: WebGLTexture;
  framebuffer: WebGLFramebuffer;
  width: number;
  height: number;
  /** The camera matrix it was drawn with. */
  matrix: Float32Array;
  linesVersion: number;
  /** The line buffer's upload it was drawn from. */
  uploads: number;
  positionsVersion: number;
  invalidated: number;
  /** Lines drawn so far. */
  drawn: number;
  complete: boolean;
}

/** All visible edges: drawn into a picture over a few frames, the picture shown every frame. */
class PictureProgram {
  private readonly lines: LineBuffer;
  private readonly quadProgram: WebGLProgram;
  private readonly quadShaders: WebGLShader[];
  private readonly quadBuffer: WebGLBuffer;
  private readonly quadVao: WebGLVertexArrayObject;
  private readonly uniforms: Record<'picture', WebGLUniformLocation | null>;
  /** The complete picture being shown, and the one being drawn. */
  private front?: Picture;
  private back?: Picture;

  constructor(private readonly gl: WebGL2RenderingContext, private readonly layer: EdgeLayer) {
    this.lines = new LineBuffer(gl, layer, 'all');
    ({ program: this.quadProgram, shaders: this.quadShaders } = compile(gl, PICTURE_VERTEX_SHADER, PICTURE_FRAGMENT_SHADER, ['a_position', 'a_uv']));
    // A vertex: its position, then its texture coordinates (two floats each).
    ({ buffer: this.quadBuffer, vao: this.quadVao } = vertexArray(gl, 'picture', 16, [
      { size: 2, type: gl.FLOAT, normalized: false, offset: 0 },
      { size: 2, type: gl.FLOAT, normalized: false, offset: 8 },
    ]));
    this.uniforms = { picture: gl.getUniformLocation(this.quadProgram, 'u_picture') };
  }

  /** Sigma calls this after it (re)processed the nodes: texture indices may have changed. */
  cacheData(): void {
    this.layer.nodesProcessed++;
  }

  private newPicture(width: number, height: number, reuse?: Picture): Picture | undefined {
    const gl = this.gl;
    let texture = reuse?.texture;
    let framebuffer = reuse?.framebuffer;
    if (!texture || !framebuffer) {
      texture = gl.createTexture() ?? undefined;
      framebuffer = gl.createFramebuffer() ?? undefined;
      if (!texture || !framebuffer) return undefined;
    }
    const active = gl.getParameter(gl.ACTIVE_TEXTURE) as number;
    gl.activeTexture(gl.TEXTURE0 + PICTURE_TEXTURE_UNIT);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    if (!reuse || reuse.width !== width || reuse.height !== height) {
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
    }
    gl.bindTexture(gl.TEXTURE_2D, null);
    gl.activeTexture(active);
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.viewport(0, 0, width, height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    return {
      texture, framebuffer, width, height, matrix: Float32Array.from([]), linesVersion: -1, uploads: -1, positionsVersion: -1,
      invalidated: -1, drawn: 0, complete: false,
    };
  }

  /** Whether `p` shows the lines as they are now, seen through `matrix`. */
  private current(p: Picture | undefined, matrix: Float32Array, width: number, height: number): boolean {
    return Boolean(p && p.linesVersion === this.layer.version('all') && p.uploads === this.lines.uploads &&
      p.positionsVersion === this.layer.positionsVersion && p.invalidated === this.layer.invalidated && p.width === width && p.height === height && same(p.matrix, matrix));
  }

  /** Before sigma's layers: draws the next slice of lines into the picture being made. */
  preRender(params: RenderParams): void {
    const gl = this.gl;
    this.lines.update();
    const width = Math.round(params.width * params.pixelRatio);
    const height = Math.round(params.height * params.pixelRatio);
    if (this.front && this.front.invalidated !== this.layer.invalidated) this.front = undefined;
    if (this.current(this.front, params.matrix, width, height)) {
      this.layer.finishing = false;
      return;
    }
    // While the camera moves, the pictures at hand are shown moved; a new one waits for the camera to stop,
    // and, if the lines shown are the current ones, to stay still a moment (SETTLE_MS).
    if (this.layer.moving() && !this.layer.finishing) {
      this.layer.renderWhenStill();
      return;
    }
    if (this.front && this.front.linesVersion === this.layer.version('all') && !this.layer.finishing && this.layer.settling() > 0) return;
    const back = this.back;
    // Restart unless the picture being drawn is for this camera and these lines. New node positions do not
    // restart it (the layout updates them every second): the next picture will have them.
    const restart = !back || back.complete || back.linesVersion !== this.layer.version('all') || back.uploads !== this.lines.uploads ||
      back.invalidated !== this.layer.invalidated ||
      back.width !== width || back.height !== height || !same(back.matrix, params.matrix);
    let picture = back;
    if (restart || !picture) {
      picture = this.newPicture(width, height, back ?? undefined);
      if (!picture) return;
      picture.matrix = Float32Array.from(params.matrix);
      picture.linesVersion = this.layer.version('all');
      picture.uploads = this.lines.uploads;
      picture.positionsVersion = this.layer.positionsVersion;
      picture.invalidated = this.layer.invalidated;
      this.back = picture;
    }
    const count = this.layer.finishing ? this.lines.count - picture.drawn : Math.min(LINES_PER_FRAME, this.lines.count - picture.drawn);
    gl.bindFramebuffer(gl.FRAMEBUFFER, picture.framebuffer);
    gl.viewport(0, 0, width, height);
    this.lines.draw(params, picture.matrix, picture.drawn, count);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    picture.drawn += Math.max(0, count);
    if (picture.drawn >= this.lines.count) {
      picture.complete = true;
      // Swap: the finished picture is shown, the old one's texture is reused for the next.
      this.back = this.front;
      if (this.back) this.back.complete = true;
      this.front = picture;
      this.layer.finishing = false;
      this.layer.firstCompleteAt ??= performance.now();
    }
    // Not done, or done with node positions that have moved on since: another frame.
    if (!this.current(this.front, params.matrix, width, height)) this.layer.scheduleRender();
  }

  /** At depth `edges`: shows the picture, moved to the current camera. */
  render(params: RenderParams): void {
    const version = this.layer.version('all');
    // The lines changed (filters): show the new picture as it fills in rather than the old lines.
    const shown = this.front && this.front.linesVersion === version ? this.front
      : this.back && this.back.linesVersion === version ? this.back : this.front;
    if (!shown) return;
    const quad = pictureQuad(shown.matrix, params.matrix);
    if (!quad) return;
    const gl = this.gl;
    gl.useProgram(this.quadProgram);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.quadBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, quad, gl.DYNAMIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    const active = gl.getParameter(gl.ACTIVE_TEXTURE) as number;
    gl.activeTexture(gl.TEXTURE0 + PICTURE_TEXTURE_UNIT);
    gl.bindTexture(gl.TEXTURE_2D, shown.texture);
    gl.uniform1i(this.uniforms.picture, PICTURE_TEXTURE_UNIT);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.quadVao);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    gl.bindVertexArray(null);
    gl.bindTexture(gl.TEXTURE_2D, null);
    gl.activeTexture(active);
  }

  kill(): void {
    const gl = this.gl;
    this.lines.kill();
    for (const p of [this.front, this.back]) {
      if (!p) continue;
      gl.deleteTexture(p.texture);
      gl.deleteFramebuffer(p.framebuffer);
    }
    gl.deleteVertexArray(this.quadVao);
    gl.deleteBuffer(this.quadBuffer);
    gl.deleteProgram(this.quadProgram);
    for (const shader of this.quadShaders) gl.deleteShader(shader);
  }
}

function sameValues(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
