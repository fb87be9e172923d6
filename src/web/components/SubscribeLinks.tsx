import type { PageContext } from '../context.js';

/** Links to the RSS and Atom feeds of the list shown on the page. */
export function SubscribeLinks({ ctx, feeds }: { ctx: PageContext; feeds: { rss: string; atom: string } }) {
  return (
    <aside class="subscribe" aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">{ctx.t.subscribe}</h2>
      <p>{ctx.t.subscribeHint}</p>
      <ul>
        <li>
          <a href={feeds.rss} type="application/rss+xml" rel="alternate">
            {ctx.t.subscribeRss}
          </a>
        </li>
        <li>
          <a href={feeds.atom} type="application/atom+xml" rel="alternate">
            {ctx.t.subscribeAtom}
          </a>
        </li>
      </ul>
    </aside>
  );
}
