/** Placeholders that redaction puts where personal data was ([EMAIL_1], [CARD_2]…). */
export const REDACTION_PLACEHOLDER = /\[(?:EMAIL|PHONE|CARD|IBAN|SSN|IP|SECRET)_\d+\]/g;

/** Text without redaction placeholders: they carry no meaning for search or sentence matching. */
export function withoutPlaceholders(text: string): string {
  return text.replace(REDACTION_PLACEHOLDER, ' ');
}
