/** Images that exist to report that someone opened a page or an e-mail, not to show anything. */

/** Hosts and paths of common open-tracking and analytics beacons. */
const TRACKER_PATTERNS: RegExp[] = [
  /\/\/[^/]*(doubleclick\.net|google-analytics\.com|googletagmanager\.com|facebook\.com\/tr|scorecardresearch\.com|quantserve\.com)/i,
  /\/\/[^/]*(list-manage\.com\/track|mailchimp\.com\/track|sendgrid\.net\/wf\/open|mandrillapp\.com\/track)/i,
  /\/\/feeds\.feedburner\.com\/~r\//i,
  /\/\/[^/]*\/(pixel|beacon|tracking|track|open)(\.gif|\.png|\.php|\/|\?|$)/i,
  /\/(wf\/open|trk|1x1)\.(gif|png)(\?|$)/i,
  /[?&](utm_medium=email&)?(mc_eid|tracking_id)=/i,
];

/** True when an image is a tracking pixel: 1×1 or smaller, or served from a known tracker path. */
export function isTrackingImage(attribs: Record<string, string>): boolean {
  const width = Number.parseInt(attribs.width ?? '', 10);
  const height = Number.parseInt(attribs.height ?? '', 10);
  if ((width >= 0 && width <= 1) || (height >= 0 && height <= 1)) return true;
  const src = attribs.src ?? '';
  return TRACKER_PATTERNS.some((pattern) => pattern.test(src));
}
