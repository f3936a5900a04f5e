// Draws a graphology graph with sigma (WebGL) and hands the renderer to its children (the
// renderless *Controller components) through SigmaContext. The first frame is drawn at once
// from the positions the graph has; layouts run afterwards.

import type Graph from 'graphology';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { useI18n } from '../core/i18n';
import { createLabelLayer } from '../core/render/labelLayer';
import { exposeToTests } from '../core/render/testSeam';
import { sigmaSettingsFor } from '../core/render/utils';

const SigmaContext = createContext<Sigma | null>(null);

/** The renderer of the enclosing SigmaGraph (null until it exists). */
export function useSigma(): Sigma | null {
  return useContext(SigmaContext);
}

interface SigmaGraphProps {
  graph: Graph;
  label: string;
  settings?: Partial<Settings>;
  onClickNode?: (node: string) => void;
  onClickStage?: () => void;
  children?: ReactNode;
}

/** A number per graph object, so that another graph mounts a renderer (and its controllers) anew. */
const graphIds = new WeakMap<Graph, number>();
let nextGraphId = 0;
const graphId = (graph: Graph) => {
  if (!graphIds.has(graph)) graphIds.set(graph, nextGraphId++);
  return graphIds.get(graph)!;
};

/**
 * Another graph (the data switch, an expanded Land, the ego depth) gets a renderer of its own:
 * the subtree is mounted anew, so no controller's effect ever reaches the renderer being killed.
 */
export function SigmaGraph(props: SigmaGraphProps) {
  return <SigmaGraphOf key={graphId(props.graph)} {...props} />;
}

function SigmaGraphOf({ graph, label, settings, onClickNode, onClickStage, children }: SigmaGraphProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState<Sigma | null>(null);
  const handlers = useRef({ onClickNode, onClickStage });
  handlers.current = { onClickNode, onClickStage };

  // biome-ignore lint/correctness/useExhaustiveDependencies: settings are read once per graph
  useEffect(() => {
    if (!container.current) return;
    const labels = createLabelLayer();
    const sigma = new Sigma(graph, container.current, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      ...sigmaSettingsFor(graph.size, graph.order),
      ...settings,
      defaultDrawNodeLabel: labels.drawLabel,
    });
    labels.attach(sigma);
    sigma.on('clickNode', ({ node }) => handlers.current.onClickNode?.(node));
    sigma.on('clickStage', () => handlers.current.onClickStage?.());
    exposeToTests({ sigma, labels });
    setRenderer(sigma);
    return () => {
      setRenderer(null);
      sigma.kill();
    };
  }, [graph]);

  const camera = renderer?.getCamera();
  return (
    <div className="sigma-wrap">
      <div ref={container} className="sigma-container" data-testid="sigma-container" role="img" aria-label={label} />
      <div className="zoom-buttons">
        <button type="button" onClick={() => camera?.animatedZoom({ duration: 300 })} aria-label={t('zoomIn')} title={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => camera?.animatedUnzoom({ duration: 300 })} aria-label={t('zoomOut')} title={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => camera?.animatedReset({ duration: 300 })} aria-label={t('zoomReset')} title={t('zoomReset')}>
          ⤢
        </button>
      </div>
      <SigmaContext.Provider value={renderer}>{children}</SigmaContext.Provider>
    </div>
  );
}
