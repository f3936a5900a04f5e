// Renderless: when a node is selected, or a layout run that moved the nodes ends (`overview`
// turns false), the camera flies to it (or to the Land it is part of). While a layout run
// moves the nodes it shows the whole map instead: zoomed in on where the node stood, the camera
// would lose it as it moves (on a shared link's first load it left the view within a second).

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function CameraController({ target, overview = false }: { target: string | null; overview?: boolean }) {
  const renderer = useSigma();
  useEffect(() => {
    if (!target || !renderer.getGraph().hasNode(target)) return;
    const camera = renderer.getCamera();
    if (overview) {
      camera.animatedReset({ duration: 300 });
      return;
    }
    // Display data exist once sigma has processed the graph; wait one frame for a fresh renderer.
    const frame = requestAnimationFrame(() => {
      const data = renderer.getNodeDisplayData(target);
      if (!data) return;
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 600 });
    });
    return () => cancelAnimationFrame(frame);
  }, [renderer, target, overview]);
  return null;
}
