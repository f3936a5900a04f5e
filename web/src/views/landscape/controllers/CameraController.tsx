// Renderless: when a node is selected (or the controller is mounted anew, as after a layout run
// moved the nodes), the camera flies to it (or to the Land it is part of).

import { useEffect } from 'react';
import { useSigma } from '../../../components/SigmaGraph';

export function CameraController({ target }: { target: string | null }) {
  const renderer = useSigma();
  useEffect(() => {
    if (!renderer || !target || !renderer.getGraph().hasNode(target)) return;
    // Display data exist once sigma has processed the graph; wait one frame for a fresh renderer.
    const frame = requestAnimationFrame(() => {
      const data = renderer.getNodeDisplayData(target);
      if (!data) return;
      const camera = renderer.getCamera();
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 600 });
    });
    return () => cancelAnimationFrame(frame);
  }, [renderer, target]);
  return null;
}
