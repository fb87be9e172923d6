import { Layout } from '../components/Layout.js';
import { ObjectiveGrid } from '../components/ObjectiveGrid.js';
import type { PageContext } from '../context.js';

/** The 23 objectives of the Global Compact with their item counts. */
export function ObjectivesPage({ ctx, counts }: { ctx: PageContext; counts: Map<number, number> }) {
  return (
    <Layout ctx={ctx} title={ctx.t.objectivesHeading} section="objectives">
      <h1>{ctx.t.objectivesHeading}</h1>
      <p>{ctx.t.objectivesIntro}</p>
      <ObjectiveGrid ctx={ctx} counts={counts} />
    </Layout>
  );
}
