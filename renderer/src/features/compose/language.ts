/**
 * Post languages: every ISO 639-1 code (what Mastodon's `language` takes), named in the interface language
 * and in their own. The guess from the text being written is `language-detect.ts`, loaded on demand.
 * @see https://docs.joinmastodon.org/methods/statuses/#form-data-parameters
 */
export const languageCodes = (
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee ' +
  'el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is ' +
  'it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms ' +
  'mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk ' +
  'sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi ' +
  'yo za zh zu'
).split(' ');

export interface LanguageChoice {
  code: string;
  /** "French" in the interface language. */
  name: string;
  /** "français". */
  nativeName: string;
}

const nameIn = (locale: string) => {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return (code: string) => names.of(code) ?? code;
  } catch {
    return (code: string) => code;
  }
};

/** Every language, sorted by its name in `uiLanguage`. */
export function languageChoices(uiLanguage: string): LanguageChoice[] {
  const inUi = nameIn(uiLanguage);
  const collator = new Intl.Collator(uiLanguage);
  return languageCodes
    .map((code) => ({ code, name: inUi(code), nativeName: nameIn(code)(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
