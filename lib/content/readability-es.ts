import { median, proseBlocks } from "./readability";

/*
 * Readability of Spanish text: the Szigriszt-Pazos perspicuity read on the INFLESZ scale, and the
 * Fernández-Huerta score in its corrected form. Words and sentences come from Intl.Segmenter("es");
 * syllables from the counter below.
 *
 * Syllables. The npm package `silabea` (1.0.0, the only release) counts correctly on the words in the
 * tests, but it ships mocha 5 and chai 4 as runtime dependencies (32 packages, among them minimist
 * 0.0.8 and minimatch 3.0.4, which have published advisories), has no types, keeps its state in module
 * globals and has four tests. Only a count is needed, not the split, and a count follows from the rules
 * for vowels alone (RAE and ASALE, Ortografía de la lengua española, 2010: diphthongs, triphthongs and
 * hiatus), so the count is done here:
 *   - every syllable has one vocalic nucleus, so a consonant always ends one;
 *   - an unstressed weak vowel (i, u, ü) next to a strong one (a, e, o), or two different weak vowels,
 *     share a nucleus (diphthong: sue-ro, ciu-dad, cuí-da-te); weak + strong + weak is a triphthong (buey);
 *   - two strong vowels, or a written-accented í/ú next to a strong vowel, are in hiatus (le-er, dí-a,
 *     re-ú-ne); so are two equal weak vowels (chi-i-ta);
 *   - h is silent and does not stop a diphthong (prohi-bir, ahu-mar, as the Ortografía says), except that
 *     h + i/u + vowel begins a syllable (re-huir, a-hue-car);
 *   - the u of qu, and of gu before e or i, is only a spelling (que-so, gue-rra); ü is a vowel (pin-güi-no);
 *   - y is a vowel when no vowel follows it (hoy, muy, Uru-guay, and the word y), a consonant before one.
 * Checked once against silabea on the 86,016 words of Debian's Spanish word list (wspanish): the counts
 * differ on 14, each a silabea error (ni-hi-lis-mo, an-ti-hi-gié-ni-co, fri-í-si-mo, ra-ti-hi-bi-ción).
 */

const strong = new Set([..."aeoáéóàèòâêô"]);
const stressedWeak = new Set([..."íúìùïî"]);
const weak = new Set([..."iuüy"]);
const isVowel = (c: string) => strong.has(c) || stressedWeak.has(c) || weak.has(c);

/** Whether two adjacent vowels share a nucleus (a diphthong), by the rules above. */
function diphthong(a: string, b: string): boolean {
  if (strong.has(a) || strong.has(b)) {
    // Strong + strong, or strong + accented í/ú, is a hiatus; strong + unstressed weak, a diphthong.
    return weak.has(a) || weak.has(b);
  }
  // Two weak vowels: a diphthong when they differ, even with a written accent on the second, which then
  // only marks the stress (cuí-da-te, ca-suís-ti-ca); an accent on the first marks a hiatus (sí-u), as do
  // two equal ones (chi-i-ta, fri-í-si-mo).
  return plain(a) !== plain(b) && !stressedWeak.has(a);
}
const plain = (c: string) => ({ í: "i", ì: "i", ï: "i", î: "i", y: "i", ú: "u", ù: "u", ü: "u" })[c] ?? c;

/** Syllables in one Spanish word, by the RAE rules; a word without a vowel (mg, ml) counts as one. */
export function syllablesEs(word: string): number {
  const letters = word
    .normalize("NFC")
    .toLowerCase()
    .replace(/qu/g, "q")
    .replace(/gu(?=[eéií])/g, "g")
    // h is silent and transparent, except before i/u + vowel, where it starts a syllable (re-huir, pa-ri-hue-la).
    .replace(/h(?![iuü][aeiouáéíóú])/g, "")
    // y before a vowel is a consonant; anywhere else it is the vowel i.
    .replace(/y(?=[aeiouáéíóúü])/g, "j");
  let count = 0;
  let nucleus = ""; // the vowels of the nucleus being read
  for (const c of letters) {
    if (!isVowel(c)) {
      nucleus = "";
      continue;
    }
    const last = nucleus.at(-1);
    // A nucleus holds one strong vowel at most: weak + strong + weak is a triphthong (buey), strong + weak +
    // strong two syllables.
    const secondStrong = strong.has(c) && [...nucleus].some((v) => strong.has(v));
    if (last !== undefined && diphthong(last, c) && !secondStrong) nucleus += c;
    else {
      count++;
      nucleus = c;
    }
  }
  return Math.max(1, count);
}

export interface Counts {
  syllables: number;
  words: number;
  sentences: number;
}

/**
 * Szigriszt-Pazos perspicuity, the score read on the INFLESZ scale:
 *   P = 206.835 − 62.3 × syllables/words − words/sentences
 * Szigriszt Pazos F. Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad
 * (doctoral thesis, 1993); as given by Barrio-Cantalejo IM et al.,
 * "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes",
 * An Sist Sanit Navar 2008;31(2):135-152, and by legible.es ("Escala INFLESZ", "Índice de perspicuidad
 * de Szigriszt-Pazos").
 */
export function szigrisztPazos({ syllables, words, sentences }: Counts): number {
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}

/**
 * Fernández-Huerta readability, corrected:
 *   L = 206.84 − 60 × syllables/words − 1.02 × words/sentences
 * Published (Fernández Huerta J, "Medidas sencillas de lecturabilidad", Consigna 1959;214:29-32) as
 * 206.84 − 0.60·P − 1.02·F with P syllables and F sentences per 100 words. Gwillim Law ("Error in the
 * Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011) showed the F term has the wrong
 * sense (more, so shorter, sentences lower the score) and, scaled to any length, reads −102 × sentences/
 * words, where Flesch, its model, has −1.015 × words/sentences. The correction keeps 0.60 per 100 words
 * = 60 per word and makes F the mean words per sentence: the form legible.es ("Lecturabilidad de
 * Fernández Huerta") gives, citing Law, and the one the R package legibilidad (JFormoso/legibilidad,
 * R/index_fh.R) implements. (The copy of Law's message that could be read stops after his scaled form
 * of the published formula; the corrected coefficients are those of the two sources just named.)
 */
export function fernandezHuerta({ syllables, words, sentences }: Counts): number {
  return 206.84 - (60 * syllables) / words - (1.02 * words) / sentences;
}

export type InfleszBand = "muy difícil" | "algo difícil" | "normal" | "bastante fácil" | "muy fácil";

/** The INFLESZ scale (Barrio-Cantalejo et al. 2008): <40, 40–55, 55–65, 65–80, >80; a bound belongs to the band above it. */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return "muy difícil";
  if (score < 55) return "algo difícil";
  if (score < 65) return "normal";
  if (score < 80) return "bastante fácil";
  return "muy fácil";
}

export interface ReadabilityEs extends Counts {
  inflesz: number;
  fernandezHuerta: number;
  band: InfleszBand;
}

const sentenceSegmenter = new Intl.Segmenter("es", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("es", { granularity: "word" });
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * INFLESZ and Fernández-Huerta of rendered Spanish HTML, on the text a patient reads (`proseBlocks`: no
 * headings, tables, reference marks or popover definitions). A block that does not end in . ! ? : or …
 * (a list item, say) is one sentence; ¿…? and ¡…! close a sentence at their closing mark.
 */
export function readabilityEs(html: string): ReadabilityEs {
  const counts: Counts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of proseBlocks(html)) {
    const text = /[.!?:…]["'»”’)\]]*$/u.test(block) ? block : `${block}.`;
    counts.sentences += [...sentenceSegmenter.segment(text)].length;
    for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
      if (!isWordLike) continue;
      counts.words++;
      counts.syllables += /^[0-9.,]+$/.test(segment) ? 1 : syllablesEs(segment);
    }
  }
  const inflesz = counts.words ? round(szigrisztPazos(counts)) : 0;
  const fh = counts.words ? round(fernandezHuerta(counts)) : 0;
  return { inflesz, fernandezHuerta: fh, band: infleszBand(inflesz), ...counts };
}

/** The reading-level gate for Spanish: every page at INFLESZ 55 or above ("normal" or easier)… */
export const minInflesz = 55;
/** …and the median of all pages at 65 or above ("bastante fácil"). */
export const minMedianInflesz = 65;

/** The Spanish reading-level rules: every page at INFLESZ 55 or above, and a median of 65 or above. */
export function infleszProblems(report: { slug: string; inflesz: number }[]): string[] {
  const problems = report.filter((r) => r.inflesz < minInflesz).map((r) => `${r.slug}: INFLESZ ${r.inflesz} is below ${minInflesz}`);
  if (report.length === 0) return problems;
  const m = median(report.map((r) => r.inflesz));
  if (m < minMedianInflesz) problems.push(`median INFLESZ ${m} is below ${minMedianInflesz}`);
  return problems;
}
