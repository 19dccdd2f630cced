/**
 * The one gate every outgoing link passes: only `http:`, `https:`, `mailto:` and
 * `tel:` leave a widget. The feed schema already rejects other web links; this is
 * the second guard, also for values built at runtime (e-mail, phone).
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The normalised URL when it is safe to link to, otherwise `undefined` (render no link). */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** A `mailto:` link for a plain e-mail address. */
export function mailtoHref(email: string | undefined): string | undefined {
  if (!email || /[\s<>"]/.test(email.trim())) return undefined;
  return safeHref(`mailto:${email.trim()}`);
}

/** A `tel:` link for a phone number as people write it (`030 123 45 67`, `+31 (0)30-1234567`). */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return undefined;
  return `tel:${digits}`;
}
