// Renderless but for a progress bar: runs ForceAtlas2 (Barnes-Hut) in a web worker after the
// first frame, stops it after a time that grows with the graph, puts the nodes without edges on a
// ring next to the rest, and caches the positions.
// A graph whose positions came from the cache is not laid out again.

import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../core/i18n';
import { layoutDuration, ringIsolatedNodes, savePositions } from '../../../core/layout';

interface LayoutControllerProps {
  graph: Graph;
  cacheKey: string;
  /** Positions came from the cache: no layout needed. */
  cached: boolean;
  /** Called when a layout run starts moving the nodes. */
  onStart?: () => void;
  /** Called when a layout run has ended and the nodes stand where they will stay. */
  onSettled?: () => void;
}

export function LayoutController({ graph, cacheKey, cached, onStart, onSettled }: LayoutControllerProps) {
  const { t } = useI18n();
  const [run, setRun] = useState(cached ? 0 : 1);
  const [progress, setProgress] = useState<number | null>(null);
  // Read when a run starts or ends, so that a new callback does not restart the run.
  const callbacks = useRef({ onStart, onSettled });
  callbacks.current = { onStart, onSettled };

  useEffect(() => {
    if (run === 0 || graph.order < 2) return;
    const layout = new FA2Layout(graph, {
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 300,
        adjustSizes: false,
        scalingRatio: 10,
        slowDown: 3,
      },
    });
    const duration = layoutDuration(graph.order);
    const started = performance.now();
    layout.start();
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
      layout.stop();
      ringIsolatedNodes(graph);
      savePositions(cacheKey, graph);
      setProgress(null);
      callbacks.current.onSettled?.();
    }
    stopRef.current = finish;
    return () => {
      clearInterval(timer);
      layout.kill();
    };
  }, [graph, cacheKey, run]);

  if (progress === null)
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
      <button type="button" onClick={() => stopRef.current?.()}>
        {t('layoutStop')}
      </button>
    </div>
  );
}

const stopRef: { current: (() => void) | null } = { current: null };
