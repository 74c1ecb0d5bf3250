// Line-level shapes of wire copy. Every pattern is anchored and uses bounded, non-nested repeats,
// so a hostile 1 MB line costs linear time.

/** Lines that open the block of unrelated related-story teasers at the foot of a page. */
export const TEASER_MARKER =
  /^(?:see more|see also|related news|related stories|related articles|read more|more news|voir plus|voir aussi|à lire aussi|lire aussi|articles liés|sur le même sujet)\s*:?$/i;

export const IMAGE_FILE = /^[\p{L}\p{N}_.\- ]{1,120}\.(?:webp|jpe?g|png|gif|svg|avif|bmp|tiff?)$/iu;

/** "By Jane Doe", "Par Jean Dupont", "By Staff Reporter · January 26, 2025" (the date is group 1). */
export const BYLINE =
  /^(?:[Bb]y|[Pp]ar|[Ww]ritten by|[Rr]eported by)\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,60}(?:\s*[·|,–]\s*([\p{L}\p{N} ,./-]{6,30}))?$/u;

/** A photo credit closing a caption: "(Photo: VNA)", "Photo: VNA", "(Ảnh: TTXVN)". */
export const PHOTO_CREDIT =
  /[([]?\s*(?:photo|photos|ảnh|crédit photo|photo credit)\s*:\s*([^()[\]\n]{1,40})[)\]]?\s*\.?$/iu;

/** A line that is only an agency signature: "VNA", "— VNA/VNS", "VNA/VI". */
export const SIGNATURE_LINE = /^(?:[—–-]\s*)?([A-Z]{2,8})(?:\/[A-Z]{2,8}){0,3}\s*\.?$/;

/** A signature closing the last paragraph: "… the world./." or "… by 2030. — VNS". */
export const TRAILING_SIGNATURE =
  /(?:\s+[—–-]{1,2}\s*([A-Z]{2,8})(?:\/[A-Z]{2,8}){0,3}|\s*\.\/\.)\s*$/;

/**
 * Dateline at the head of the first paragraph: optional "date 2024-11-17", a place, an optional
 * region ("THE HAGUE, Netherlands (AP) —"), an optional date, an optional agency in parentheses,
 * then a dash: "LIMA —", "Lima (VNA) –", " date 2024-11-17 HÀ NỘI —", "PARIS, 12 mars 2025 (AFP) -".
 */
export const DATELINE =
  /^\s*(?:date\s+(\d{4}-\d{2}-\d{2})\s+)?(\p{Lu}[\p{L}\p{M}'’.]{0,30}(?:[ -]\p{Lu}[\p{L}\p{M}'’.]{0,30}){0,3})\s*(?:,\s*\p{Lu}[\p{Ll}.]{1,20}(?: \p{Lu}[\p{Ll}.]{1,20})?(?=\s*[(,—–-]))?\s*(?:,\s*(\d{1,2}(?:er)? \p{L}{3,10}\.?(?: \d{4})?|\p{L}{3,10}\.? \d{1,2}(?:,? \d{4})?))?\s*(?:\(([\p{L}]{2,12})\))?\s*,?\s*(?:(\d{1,2}[/.]\d{1,2}[/.]\d{4})\s*)?[—–-]{1,2}\s+/u;

/**
 * "Published: November 17, 2024", "Published - July 03, 2025 01:05 am IST",
 * "Publié le 17 novembre 2024 à 07h12", "Date: 2024-11-17", maybe after the site's name
 * ("French.xinhuanet.com | Publié le 2025-04-10 à 22:41").
 */
export const PUBLISHED_LINE =
  /^(?:[\p{L}\p{N}.-]{2,40}\s*\|\s*)?(?:published(?: on)?|posted(?: on)?|date|publié le|publié|mis à jour le|updated(?: on)?)\s*[:—–-]?\s*([\p{L}\p{N} ,./-]{6,40}?)(?:\s*(?:[-|,]|à|at)?\s*\d{1,2}[:h]\d{2}.{0,20})?$/iu;

/**
 * A line that is only a date, as page headers print it, maybe after the agency and before the
 * section: "Monday, May 26, 2025 - 16:40", "12 Feb 2025 18:42 GMT", "15/03/2024 à 19:30",
 * "March 18, 2025 4:10 PM GMT+3", "KYODO NEWS - Feb 22, 2025 - 18:40 | World, All" (the agency
 * is group 1, the date group 2).
 */
export const DATE_ONLY_LINE =
  /^(?:([A-Z][A-Za-z]{1,11})(?: NEWS)?\s*[-–—|]\s*)?(?:\p{L}{3,10},?\s+)?(\d{1,2}(?:er|st|nd|rd|th)?\s+\p{L}{3,10}\.?,?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:\s*(?:[-|,–]|à|at)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[A-Za-z+\d:]{1,10}){0,2})?(?:\s*\|[^|\n]{1,40}){0,2}$/u;

/** A metadata line of a news page: "Source: Xinhua | 2025-03-03 21:04:15 | Editor: huaxia". */
export const SOURCE_LINE = /^(?:source|agency|agence)\s*:\s*([\p{L}]{2,12})\b.{0,120}$/iu;
export const ISO_DATE_IN_LINE = /\b(\d{4}-\d{2}-\d{2})\b/;
