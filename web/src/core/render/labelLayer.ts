// Hooks the label placement of labels.ts into a sigma renderer: sigma's choice of labels for
// a frame is collected instead of drawn, and drawn without overlaps once the frame is done.
// The drawing function goes into the renderer's settings at construction (setting it later
// makes sigma process the whole graph once more: ~150 ms at Germany scale).

import type Sigma from 'sigma';
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { discLabelBox, type LabelBox, type LabelData, placeLabels } from './labels';

export interface LabelLayer {
  /** For the renderer's settings, as `defaultDrawNodeLabel`. */
  drawLabel: NodeLabelDrawingFunction;
  /** Binds the layer to the renderer built with `drawLabel`, and draws its first frame's labels. */
  attach(sigma: Sigma): void;
  /** The boxes of the labels drawn in the last frame (for the exports, tests and the console). */
  drawn(): LabelBox[];
  /** The boxes of every label sigma chose for the last frame, drawn or not (for tests). */
  candidates(): LabelBox[];
}

const layers = new WeakMap<Sigma, LabelLayer>();

/** The boxes of the labels `sigma` drew in its last frame; undefined if it has no label layer. */
export function drawnLabels(sigma: Sigma): LabelBox[] | undefined {
  return layers.get(sigma)?.drawn();
}

export function createLabelLayer(): LabelLayer {
  type Pending = { context: CanvasRenderingContext2D; data: LabelData; settings: Settings };
  let pending: Pending[] = [];
  let drawn: LabelBox[] = [];
  let candidates: LabelBox[] = [];
  let drawnKeys = new Set<string>();
  let own: CanvasRenderingContext2D | null | undefined;
  const widths = new Map<string, number>();

  const place = () => {
    const items = pending.filter((p) => p.context === own);
    pending = [];
    drawn = [];
    candidates = [];
    drawnKeys = new Set();
    if (!own || items.length === 0) return;
    const context = own;
    const boxes = new Map<string, { box: LabelBox; item: Pending }>();
    for (const item of items) {
      const { labelSize, labelFont, labelWeight } = item.settings;
      const font = `${labelWeight} ${labelSize}px ${labelFont}`;
      const cacheKey = `${font}\u0000${item.data.label}`;
      let width = widths.get(cacheKey);
      if (width === undefined) {
        context.font = font;
        width = context.measureText(item.data.label as string).width;
        widths.set(cacheKey, width);
      }
      boxes.set(item.data.key, { box: discLabelBox(item.data, width, labelSize), item });
    }
    candidates = [...boxes.values()].map((b) => b.box);
    const keep = placeLabels(candidates);
    for (const key of keep) {
      const entry = boxes.get(key);
      if (!entry) continue;
      drawDiscNodeLabel(context, entry.item.data, entry.item.settings);
      drawn.push(entry.box);
    }
    drawnKeys = new Set(keep);
  };

  const layer: LabelLayer = {
    drawLabel: (context, data, settings) => {
      if (!data.label) return;
      // Before attach (the renderer's first frame, drawn in its constructor) and for its own
      // canvas: collected. Another renderer with these settings (the PNG export draws the view
      // again in one of its own) gets the labels this one drew last, as the screen shows them.
      if (own === undefined || context === own) pending.push({ context, data: data as LabelData, settings: settings as Settings });
      else if (drawnKeys.has(data.key)) drawDiscNodeLabel(context, data, settings);
    },
    attach(sigma) {
      own = sigma.getCanvases().labels?.getContext('2d') ?? null;
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
