import { CORRECTABLE_FIELDS, type CorrectableField } from '../../domain/correction.js';
import { itemPath } from '../../http/urls.js';
import { link, type PageContext } from '../context.js';

/**
 * The editors' form on an item page: no script, POSTed to /items/:id/corrections. It carries the editor token
 * as a field rather than relying on a cookie, so another site cannot make a browser submit it (no CSRF).
 */
export function CorrectionForm({ ctx, itemId }: { ctx: PageContext; itemId: string }) {
  const { t } = ctx;
  // The form's answer redirects here with ?corrected=1 (post/redirect/get), so a reload does not post again.
  const saved = /[?&]corrected=1(&|$)/.test(ctx.currentUrl);
  const fieldLabel: Record<CorrectableField, string> = {
    type: t.typeLabel,
    objectives: t.facet_objective,
    principles: t.principlesHeading,
    countries: t.countriesLabel,
    regions: t.regionsLabel,
    organizations: t.organizationsLabel,
  };
  return (
    <section aria-labelledby="correct-heading" class="correction">
      {saved && (
        <p class="notice" role="status">
          {t.correctedNotice}
        </p>
      )}
      <details open={saved}>
        <summary>
          <h2 id="correct-heading">{t.correctHeading}</h2>
        </summary>
        <p class="muted">{t.correctHint}</p>
        <form method="post" action={link(ctx, `${itemPath(itemId)}/corrections`)} class="correction-form">
          <label>
            {t.correctField}
            <select name="field" required>
              {CORRECTABLE_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {fieldLabel[field]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.correctAction}
            <select name="action" required>
              <option value="add">{t.actionAdd}</option>
              <option value="remove">{t.actionRemove}</option>
              <option value="set">{t.actionSet}</option>
            </select>
          </label>
          <label>
            {t.correctValue}
            <input type="text" name="value" required maxLength={120} />
          </label>
          <label>
            {t.correctNote}
            <input type="text" name="note" maxLength={1000} />
          </label>
          <label>
            {t.editorToken}
            <input type="password" name="token" required autocomplete="off" />
          </label>
          <button type="submit">{t.correctSubmit}</button>
        </form>
      </details>
    </section>
  );
}
