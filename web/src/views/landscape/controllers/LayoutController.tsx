// Renderless but for a progress bar: runs ForceAtlas2 (Barnes-Hut) in a web worker
// (@react-sigma/layout-forceatlas2 on the renderer's graph) and stops it after a time that grows
// with the graph. The landscape comes with positions the server computed after the last load, so
// no run is needed to open the map: a run starts by itself only for nodes the server has not
// placed (then, where others are placed, only those move), and on the user's request ("Neu
// anordnen") for the whole map.

import { useSigma } from '@react-sigma/core';
import { useWorkerLayoutForceAtlas2 } from '@react-sigma/layout-forceatlas2';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../core/i18n';
import { layoutDuration, ringIsolatedNodes } from '../../../core/layout';

interface LayoutControllerProps {
  /** Start a run at once (nodes without a position). */
  run?: boolean;
  /** That first run moves only the nodes without a position. */
  placeOnly?: boolean;
  /** Called when a layout run starts moving the nodes. */
  onStart?: () => void;
  /** Called when a layout run has ended and the nodes stand where they will stay. */
  onSettled?: () => void;
}

export function LayoutController({ run: runAtOnce = false, placeOnly = false, onStart, onSettled }: LayoutControllerProps) {
  const { t } = useI18n();
  const graph = useSigma().getGraph();
  const [run, setRun] = useState(runAtOnce ? 1 : 0);
  const [progress, setProgress] = useState<number | null>(null);
  // Read when a run starts or ends, so that a new callback does not restart the run.
  const callbacks = useRef({ onStart, onSettled });
  callbacks.current = { onStart, onSettled };
  const finishRun = useRef<(() => void) | null>(null);
  // The settings for this renderer's graph, inferred from its size once.
  const [options] = useState(() => ({
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 300,
      adjustSizes: false,
      scalingRatio: 10,
      slowDown: 3,
    },
  }));
  // `start` and `stop` are new once the hook has made its worker layout (after the first render):
  // the run below starts then.
  const { start, stop, isRunning } = useWorkerLayoutForceAtlas2(options);

  useEffect(() => {
    if (run === 0 || graph.order < 2) return;
    // Only the first (automatic) run keeps the placed nodes where they are.
    const fix = run === 1 && placeOnly;
    graph.forEachNode((node, a) => {
      graph.setNodeAttribute(node, 'fixed', fix && a.unplaced !== true);
    });
    const duration = layoutDuration(graph.order);
    const started = performance.now();
    start();
    setProgress(0);
    callbacks.current.onStart?.();
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed >= duration) finish();
      else setProgress(Math.round((elapsed / duration) * 100));
    }, 250);
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      clearInterval(timer);
      stop();
      if (!fix) ringIsolatedNodes(graph);
      setProgress(null);
      callbacks.current.onSettled?.();
    }
    finishRun.current = finish;
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [graph, run, placeOnly, start, stop]);

  if (progress === null || !isRunning)
    return (
      <button type="button" className="layout-button" onClick={() => setRun((r) => r + 1)}>
        {t('layoutRestart')}
      </button>
    );
  return (
    <div className="layout-progress" role="status">
      <label>
        {t('layoutRunning', { percent: progress })}
        <progress max={100} value={progress} />
      </label>
      <button type="button" onClick={() => finishRun.current?.()}>
        {t('layoutStop')}
      </button>
    </div>
  );
}
