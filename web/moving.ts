/**
 * Frames drawn while the camera moves (a pan, a zoom, its inertia): what is
 * left out of them, and the still frame that follows.
 *
 * On large graphs node labels are left out while the camera moves, as sigma's
 * `hideLabelsOnMove` would; that setting cannot be used because sigma then
 * reprocesses every node when a drag ends (a full refresh: a third of a second
 * on 20,000 nodes without a GPU). Instead, sigma's label program skips its
 * draw for renderers that opt in, and `renderWhenStill` makes sure a frame
 * with the labels follows.
 */
import { LabelProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type Sigma from 'sigma';

/** Whether sigma is moving the camera (its own test for `hideEdgesOnMove`). */
export function cameraMoving(renderer: Sigma): boolean {
  const mouse = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 ||
    mouse.currentWheelDirection !== 0 || renderer.getTouchCaptor().isMoving;
}

const waiting = new WeakSet<object>();

/**
 * Something was left out of a frame because the camera moved: make sure a
 * frame is drawn once it has stopped (sigma draws one anyway at the end of
 * most moves; this covers the rest). Polls every 100 ms while it moves.
 */
export function renderWhenStill(renderer: Sigma): void {
  if (waiting.has(renderer)) return;
  waiting.add(renderer);
  const check = () => {
    if (cameraMoving(renderer)) {
      setTimeout(check, 100);
      return;
    }
    waiting.delete(renderer);
    renderer.scheduleRender();
  };
  setTimeout(check, 100);
}

const quietLabels = new WeakSet<object>();
let labelsPatched = false;

/** From now on, `renderer` draws no node label while the camera moves. */
export function hideLabelsWhileMoving(renderer: Sigma): void {
  quietLabels.add(renderer);
  if (labelsPatched) return;
  labelsPatched = true;
  const proto = LabelProgram.prototype as unknown as { renderer: unknown; drawWebGL(method: number, info: ProgramInfo): void };
  const draw = proto.drawWebGL;
  proto.drawWebGL = function (this: { renderer: unknown }, method: number, info: ProgramInfo) {
    const owner = this.renderer as Sigma;
    if (quietLabels.has(owner) && cameraMoving(owner)) {
      renderWhenStill(owner);
      return;
    }
    draw.call(this, method, info);
  };
}
