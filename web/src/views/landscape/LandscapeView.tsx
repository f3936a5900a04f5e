import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { SigmaGraph } from '../../components/SigmaGraph';
import { graphql } from '../../core/api/client';
import { LANDSCAPE_QUERY, type Landscape, type NodeKind } from '../../core/landscape/types';
import { KIND_COLORS, KIND_LABELS, landscapeToGraph } from '../../core/landscape/utils';

export function LandscapeView() {
  const { data, error, isPending } = useQuery({
    queryKey: ['landscape'],
    queryFn: () => graphql<{ landscape: Landscape }>(LANDSCAPE_QUERY, { includeSynthetic: true }).then((d) => d.landscape),
  });
  const graph = useMemo(() => (data ? landscapeToGraph(data) : null), [data]);

  if (isPending) return <p role="status">Landschaft wird geladen … / Loading the landscape …</p>;
  if (error)
    return (
      <p role="alert" className="error">
        Fehler / Error: {error.message}
      </p>
    );
  if (!data || !graph) return null;

  const networks = data.nodes
    .filter((n) => n.kind === 'Network')
    .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name, 'de'));
  const counts = new Map<NodeKind, number>();
  for (const n of data.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);

  return (
    <div className="landscape">
      <section className="map" aria-label="Karte der Netzwerklandschaft / Map of the landscape">
        <SigmaGraph graph={graph} />
        <ul className="legend" aria-label="Legende / Legend">
          {(Object.keys(KIND_COLORS) as NodeKind[]).map((kind) => (
            <li key={kind}>
              <span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
              {KIND_LABELS[kind].de} ({counts.get(kind) ?? 0})
            </li>
          ))}
        </ul>
      </section>
      <section className="list" aria-labelledby="networks-heading">
        <h2 id="networks-heading">
          Netzwerke <span lang="en">· Networks</span> ({networks.length})
        </h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Mitglieder / Members</th>
              <th scope="col">Personen / Persons</th>
            </tr>
          </thead>
          <tbody>
            {networks.map((n) => (
              <tr key={n.id}>
                <td>
                  {n.name}
                  {n.synthetic && <span className="badge">Beispieldaten</span>}
                </td>
                <td>{n.members}</td>
                <td>{n.persons}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">
          Personen, Teilnahmen und Treffen sind <strong>Beispieldaten</strong> (erfunden); Netzwerke, Organisationen, Themen und
          Innovationen stammen aus den Quellen.
        </p>
      </section>
    </div>
  );
}
