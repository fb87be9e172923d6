export interface TagLink {
  label: string;
  href: string;
}

/** A labelled row of links (countries, regions, organisations); nothing when empty. */
export function TagLinks({ label, tags }: { label: string; tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <div class="tag-row">
      <dt>{label}</dt>
      <dd>
        <ul class="tags">
          {tags.map((tag) => (
            <li key={tag.href}>
              <a href={tag.href} class="tag">
                {tag.label}
              </a>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
