// Hooks the label placement of labels.ts into a sigma renderer: sigma's choice of labels for
// a frame is collected instead of drawn, and drawn without overlaps once the frame is done.
// The drawing function goes into the renderer's settings at construction: setting it later
// makes sigma process the whole graph a second time.

import type Sigma from 'sigma';
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { type Disc, discLabelBox, type LabelBox, type LabelData, labelDataFor, placeLabels } from './labels';

export interface LabelLayer {
  /** For the renderer's settings, as `defaultDrawNodeLabel`. */
  drawLabel: NodeLabelDrawingFunction;
  /** Binds the layer to the renderer built with `drawLabel`, and draws its first frame's labels. */
  attach(sigma: Sigma): void;
  /** The boxes of the labels drawn in the last frame (for the exports, and the tests through the test seam). */
  drawn(): LabelBox[];
  /** The boxes of every label sigma chose for the last frame, drawn or not (what the placement chose from). */
  candidates(): LabelBox[];
}

const layers = new WeakMap<Sigma, LabelLayer>();

/** The discs of the nodes in the renderer's view, in viewport pixels, as sigma places its labels. */
function discsInView(sigma: Sigma): Disc[] {
  const { width, height } = sigma.getDimensions();
  const discs: Disc[] = [];
  sigma.getGraph().forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const r = sigma.scaleSize(data.size);
    if (x + r >= 0 && y + r >= 0 && x - r <= width && y - r <= height) discs.push({ key, x, y, r });
  });
  return discs;
}

/** The boxes of the labels `sigma` drew in its last frame; undefined if it has no label layer. */
export function drawnLabels(sigma: Sigma): LabelBox[] | undefined {
  return layers.get(sigma)?.drawn();
}

export function createLabelLayer(): LabelLayer {
  type Pending = { context: CanvasRenderingContext2D; data: LabelData; settings: Settings };
  let pending: Pending[] = [];
  let drawn: LabelBox[] = [];
  let candidates: LabelBox[] = [];
  /** The side each label of the last frame was drawn on. */
  let drawnSides = new Map<string, LabelBox['side']>();
  let own: CanvasRenderingContext2D | null | undefined;
  let renderer: Sigma | null = null;
  const widths = new Map<string, number>();
  const fontOf = ({ labelWeight, labelSize, labelFont }: Settings) => `${labelWeight} ${labelSize}px ${labelFont}`;
  const measure = (context: CanvasRenderingContext2D, font: string, label: string) => {
    const cacheKey = `${font}\u0000${label}`;
    let width = widths.get(cacheKey);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(label).width;
      widths.set(cacheKey, width);
    }
    return width;
  };
  /** Sigma's disc label, on the side of its node the placement chose. */
  const drawLabelAt = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings, side: LabelBox['side']) =>
    drawDiscNodeLabel(context, labelDataFor(data, measure(context, fontOf(settings), data.label as string), side), settings);

  const place = () => {
    const frame = pending.filter((p) => p.context === own);
    pending = [];
    drawn = [];
    candidates = [];
    drawnSides = new Map();
    if (!own || frame.length === 0) return;
    const context = own;
    const items = new Map<string, Pending>();
    for (const item of frame) items.set(item.data.key, item);
    candidates = [...items.values()].map((item) =>
      discLabelBox(item.data, measure(context, fontOf(item.settings), item.data.label as string), item.settings.labelSize),
    );
    const discs = renderer ? discsInView(renderer) : [];
    for (const box of placeLabels(candidates, { width: renderer?.getDimensions().width, discs })) {
      const item = items.get(box.key);
      if (!item) continue;
      drawLabelAt(context, item.data, item.settings, box.side);
      drawn.push(box);
      drawnSides.set(box.key, box.side);
    }
  };

  const layer: LabelLayer = {
    drawLabel: (context, data, settings) => {
      if (!data.label) return;
      // Before attach (the renderer's first frame, drawn in its constructor) and for its own
      // canvas: collected. Another renderer with these settings (the PNG export draws the view
      // again in one of its own) gets the labels this one drew last, as the screen shows them.
      if (own === undefined || context === own) pending.push({ context, data: data as LabelData, settings: settings as Settings });
      else {
        const side = drawnSides.get(data.key);
        if (side) drawLabelAt(context, data as LabelData, settings as Settings, side);
      }
    },
    attach(sigma) {
      own = sigma.getCanvases().labels?.getContext('2d') ?? null;
      renderer = sigma;
      sigma.on('beforeRender', () => {
        pending = [];
      });
      sigma.on('afterRender', place);
      layers.set(sigma, layer);
      place();
    },
    drawn: () => drawn,
    candidates: () => candidates,
  };
  return layer;
}
