import { describe, expect, it } from 'vitest';
import { CURVED_EDGES_MAX, LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES, renderChoice } from './size';

describe('renderChoice', () => {
  it('keeps circles, rectangle edges and labels while moving for the real landscape', () => {
    expect(renderChoice(341, 86)).toEqual({
      nodeType: 'circle',
      edgeType: 'line',
      syntheticEdgeType: 'curve',
      hideOnMove: false,
      labelRenderedSizeThreshold: 4,
    });
  });

  it('switches to GL points, thin lines and hiding while moving at Germany scale', () => {
    expect(renderChoice(LARGE_GRAPH_EDGES + 1, LARGE_GRAPH_NODES + 1)).toEqual({
      nodeType: 'point',
      edgeType: 'thin',
      syntheticEdgeType: 'thin',
      hideOnMove: true,
      labelRenderedSizeThreshold: 5,
    });
    expect(renderChoice(LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES).nodeType).toBe('circle');
  });

  it('curves the relations from Beispieldaten only while the edges are few', () => {
    expect(renderChoice(CURVED_EDGES_MAX).syntheticEdgeType).toBe('curve');
    expect(renderChoice(CURVED_EDGES_MAX + 1).syntheticEdgeType).toBe('thin');
    expect(renderChoice(CURVED_EDGES_MAX + 1).edgeType).toBe('line');
  });
});
