// Draws a graphology graph with sigma (WebGL) through @react-sigma/core: SigmaContainer makes the
// renderer and hands it to its children (the renderless *Controller components read it with
// useSigma). The first frame is drawn at once from the positions the graph has; layouts run
// afterwards. Labels are placed by the app's label layer (core/render/labelLayer).

import { ControlsContainer, SigmaContainer, useRegisterEvents, useSigma, ZoomControl } from '@react-sigma/core';
import type Graph from 'graphology';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Settings } from 'sigma/settings';
import { useI18n } from '../core/i18n';
import { createLabelLayer, type LabelLayer } from '../core/render/labelLayer';
import { exposeToTests } from '../core/render/testSeam';
import { mapSettingsFor } from '../core/render/utils';

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
  // Made once per graph: SigmaContainer makes a new renderer whenever its settings change, and
  // the label layer's drawing function belongs in the settings the renderer is made with.
  const [labels] = useState(createLabelLayer);
  const [sigmaSettings] = useState(
    (): Partial<Settings> => ({
      ...mapSettingsFor(graph),
      ...settings,
      defaultDrawNodeLabel: labels.drawLabel,
    }),
  );
  return (
    <SigmaContainer graph={graph} settings={sigmaSettings} className="sigma-wrap">
      <Renderer label={label} labels={labels} onClickNode={onClickNode} onClickStage={onClickStage} />
      <ControlsContainer position="top-right" className="zoom-buttons">
        <ZoomControl animationDuration={300} labels={{ zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), reset: t('zoomReset') }}>
          <span aria-hidden="true">+</span>
          <span aria-hidden="true">−</span>
          <span aria-hidden="true">⤢</span>
        </ZoomControl>
      </ControlsContainer>
      {children}
    </SigmaContainer>
  );
}

/** Renderless: binds the label layer, names the canvas for assistive technology, forwards clicks. */
function Renderer({
  label,
  labels,
  onClickNode,
  onClickStage,
}: Pick<SigmaGraphProps, 'label' | 'onClickNode' | 'onClickStage'> & { labels: LabelLayer }) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const handlers = useRef({ onClickNode, onClickStage });
  handlers.current = { onClickNode, onClickStage };

  useEffect(() => {
    labels.attach(sigma);
    exposeToTests({ sigma, labels });
  }, [sigma, labels]);
  useEffect(() => {
    const container = sigma.getContainer();
    container.setAttribute('role', 'img');
    container.setAttribute('aria-label', label);
    container.dataset.testid = 'sigma-container';
  }, [sigma, label]);
  useEffect(() => {
    registerEvents({
      clickNode: ({ node }) => handlers.current.onClickNode?.(node),
      clickStage: () => handlers.current.onClickStage?.(),
    });
  }, [registerEvents]);
  return null;
}
