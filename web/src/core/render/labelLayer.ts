// Hooks the label placement of labels.ts into a sigma renderer: sigma's choice of labels for
// a frame is collected instead of drawn, and drawn without overlaps once the frame is done.

import type Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { discLabelBox, type LabelBox, type LabelData, placeLabels } from './labels';

const layers = new WeakMap<Sigma, () => LabelBox[]>();

/** The boxes of the labels `sigma` drew in its last frame; undefined if it has no label layer. */
export function drawnLabels(sigma: Sigma): LabelBox[] | undefined {
  return layers.get(sigma)?.();
}

/**
 * Makes `sigma` draw its labels without overlaps. Call once per renderer; returns the boxes of
 * the labels drawn in the last frame (as drawnLabels does).
 */
export function avoidLabelOverlaps(sigma: Sigma): () => LabelBox[] {
  let pending: { data: LabelData; settings: Settings }[] = [];
  let drawn: LabelBox[] = [];
  let drawnKeys = new Set<string>();
  const widths = new Map<string, number>();
  const own = sigma.getCanvases().labels?.getContext('2d');
  sigma.setSetting('defaultDrawNodeLabel', (context, data, settings) => {
    if (!data.label) return;
    if (context === own) pending.push({ data: data as LabelData, settings });
    // Another renderer with these settings (the PNG export draws the view again in one of its
    // own): the labels this one drew last, so the picture shows what the screen shows.
    else if (drawnKeys.has(data.key)) drawDiscNodeLabel(context, data, settings);
  });
  sigma.on('beforeRender', () => {
    pending = [];
  });
  sigma.on('afterRender', () => {
    const context = own;
    if (!context || pending.length === 0) {
      drawn = [];
      drawnKeys = new Set();
      return;
    }
    const boxes = new Map<string, { box: LabelBox; item: (typeof pending)[number] }>();
    for (const item of pending) {
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
    const keep = placeLabels([...boxes.values()].map((b) => b.box));
    drawn = [];
    for (const key of keep) {
      const entry = boxes.get(key);
      if (!entry) continue;
      drawDiscNodeLabel(context, entry.item.data, entry.item.settings);
      drawn.push(entry.box);
    }
    drawnKeys = new Set(keep);
    pending = [];
  });
  const getter = () => drawn;
  layers.set(sigma, getter);
  return getter;
}
