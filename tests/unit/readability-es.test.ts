import { describe, expect, it } from "vitest";
import { proseBlocks } from "@/lib/content/readability";
import {
  fernandezHuerta,
  infleszBand,
  infleszProblems,
  minInflesz,
  minMedianInflesz,
  readabilityEs,
  syllablesEs,
  szigrisztPazos,
} from "@/lib/content/readability-es";

// Each count checked by hand against the RAE rules; the split is given so the check can be redone.
const syllableTable: [word: string, count: number, split: string][] = [
  // Hiatus: two strong vowels, or an accented í/ú next to a strong one.
  ["día", 2, "dí-a"],
  ["país", 2, "pa-ís"],
  ["reúne", 3, "re-ú-ne"],
  ["oído", 3, "o-í-do"],
  ["enfermería", 5, "en-fer-me-rí-a"],
  ["poeta", 3, "po-e-ta"],
  ["leer", 2, "le-er"],
  ["teatro", 3, "te-a-tro"],
  ["chiita", 3, "chi-i-ta"],
  // Diphthongs: weak + strong, strong + weak, two different weak vowels (an accent on the second only marks stress).
  ["suero", 2, "sue-ro"],
  ["aire", 2, "ai-re"],
  ["causa", 2, "cau-sa"],
  ["ciudad", 2, "ciu-dad"],
  ["ruido", 2, "rui-do"],
  ["cuídate", 3, "cuí-da-te"],
  ["síu", 2, "sí-u"], // an accent on the first of two weak vowels marks a hiatus (a rare pattern)
  ["diurético", 4, "diu-ré-ti-co"],
  ["magnesio", 3, "mag-ne-sio"],
  ["hipomagnesemia", 6, "hi-po-mag-ne-se-mia"],
  ["arritmia", 3, "a-rrit-mia"],
  ["anafilaxia", 5, "a-na-fi-la-xia"],
  ["eclampsia", 3, "e-clamp-sia"],
  ["infusión", 3, "in-fu-sión"],
  ["riñón", 2, "ri-ñón"],
  // Triphthongs, and y as a vowel where no vowel follows it.
  ["buey", 1, "buey"],
  ["Uruguay", 3, "U-ru-guay"],
  ["averiguáis", 4, "a-ve-ri-guáis"],
  ["estudiáis", 3, "es-tu-diáis"],
  ["paranoia", 4, "pa-ra-noi-a"], // strong + weak + strong is not a triphthong
  ["hoy", 1, "hoy"],
  ["muy", 1, "muy"],
  ["y", 1, "y"],
  ["estoy", 2, "es-toy"],
  ["reyes", 2, "re-yes"],
  ["ayuda", 3, "a-yu-da"],
  // h between vowels: silent, and no bar to a diphthong (RAE); it begins a syllable before i/u + vowel.
  ["prohibir", 2, "prohi-bir"],
  ["prohíbe", 3, "pro-hí-be"],
  ["ahumar", 2, "ahu-mar"],
  ["búho", 2, "bú-ho"],
  ["alcohol", 3, "al-co-hol"],
  ["zanahoria", 4, "za-na-ho-ria"],
  ["rehuir", 2, "re-huir"],
  ["cacahuete", 4, "ca-ca-hue-te"],
  // qu, gu, gü.
  ["queso", 2, "que-so"],
  ["quien", 1, "quien"],
  ["guerra", 2, "gue-rra"],
  ["guiso", 2, "gui-so"],
  ["guion", 1, "guion"], // a monosyllable by the RAE's 2010 rules
  ["agua", 2, "a-gua"],
  ["pingüino", 3, "pin-güi-no"],
  ["cigüeña", 3, "ci-güe-ña"],
  ["argüir", 2, "ar-güir"],
  // Inseparable consonant groups and digraphs (bl br cl cr dr fl fr gl gr kl kr pl pr tr ch ll rr).
  ["bloque", 2, "blo-que"],
  ["hombre", 2, "hom-bre"],
  ["clase", 2, "cla-se"],
  ["crema", 2, "cre-ma"],
  ["padre", 2, "pa-dre"],
  ["flor", 1, "flor"],
  ["fresa", 2, "fre-sa"],
  ["globo", 2, "glo-bo"],
  ["grasa", 2, "gra-sa"],
  ["kril", 1, "kril"], // kr; kl is found only in loanwords and, like every consonant group, cannot change a count

  ["aplicar", 3, "a-pli-car"],
  ["comprar", 2, "com-prar"],
  ["intravenosa", 5, "in-tra-ve-no-sa"],
  ["electrolito", 5, "e-lec-tro-li-to"],
  ["noche", 2, "no-che"],
  ["calle", 2, "ca-lle"],
  ["perro", 2, "pe-rro"],
  ["construcción", 3, "cons-truc-ción"],
  // Capitals, and a word with no vowel.
  ["PAÍS", 2, "PA-ÍS"],
  ["Él", 1, "Él"],
  ["mg", 1, "mg"],
];

describe("the Spanish syllable counter", () => {
  it("has a table of at least 40 words", () => {
    expect(syllableTable.length).toBeGreaterThanOrEqual(40);
  });

  it.each(syllableTable)("%s has %i syllables (%s)", (word, count, split) => {
    expect(split.split("-")).toHaveLength(count);
    expect(syllablesEs(word)).toBe(count);
  });
});

describe("the Spanish formulas on fixed counts", () => {
  it.each([
    // [syllables, words, sentences, Szigriszt-Pazos, Fernández-Huerta], worked by hand:
    // 206.835 − 62.3 × 1.5 − 10 = 103.385;  206.84 − 60 × 1.5 − 1.02 × 10 = 106.64
    [150, 100, 10, 103.385, 106.64],
    // 206.835 − 62.3 × 2 − 20 = 62.235;  206.84 − 60 × 2 − 1.02 × 20 = 66.44
    [200, 100, 5, 62.235, 66.44],
    // 206.835 − 62.3 × 2 − 25 = 57.235;  206.84 − 60 × 2 − 1.02 × 25 = 61.34
    [500, 250, 10, 57.235, 61.34],
  ])("%i syllables, %i words, %i sentences: INFLESZ %s, Fernández-Huerta %s", (syllables, words, sentences, sp, fh) => {
    const counts = { syllables, words, sentences };
    expect(szigrisztPazos(counts)).toBeCloseTo(sp, 6);
    expect(fernandezHuerta(counts)).toBeCloseTo(fh, 6);
  });

  it("gives Fernández-Huerta's published form on a 100-word sample, with F read as words per sentence (Law's correction)", () => {
    // 100 words, P = 180 syllables, 4 sentences, so F = 25 words per sentence:
    // 206.84 − 0.60 × 180 − 1.02 × 25 = 73.34; the uncorrected reading (F = 4 sentences) would give 94.76.
    const counts = { syllables: 180, words: 100, sentences: 4 };
    expect(fernandezHuerta(counts)).toBeCloseTo(206.84 - 0.6 * 180 - 1.02 * 25, 6);
    expect(fernandezHuerta(counts)).toBeCloseTo(73.34, 6);
  });

  it("scores longer sentences and longer words as harder, in both formulas", () => {
    const base = { syllables: 180, words: 100, sentences: 5 };
    const longerSentences = { ...base, sentences: 4 };
    const longerWords = { ...base, syllables: 200 };
    for (const f of [szigrisztPazos, fernandezHuerta]) {
      expect(f(longerSentences)).toBeLessThan(f(base));
      expect(f(longerWords)).toBeLessThan(f(base));
    }
  });

  it.each([
    [39.9, "muy difícil"],
    [40, "algo difícil"],
    [54.9, "algo difícil"],
    [55, "normal"],
    [64.9, "normal"],
    [65, "bastante fácil"],
    [79.9, "bastante fácil"],
    [80, "muy fácil"],
  ])("puts %s in the INFLESZ band «%s»", (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});

// Written for this test: short words, short sentences, the way a patient leaflet should read.
const plainHealth =
  "<p>El magnesio es un mineral. Su cuerpo lo usa cada día. Ayuda a los músculos y al corazón. " +
  "Si le falta, puede sentir calambres o mucho cansancio.</p>" +
  "<p>A veces el médico se lo da por la vena. Esto se llama infusión. Dura una o dos horas. " +
  "Una enfermera lo mira todo el tiempo. ¿Le arde el brazo? Dígalo enseguida.</p>";

// Written for this test: long clinical words in two long sentences.
const denseAcademic =
  "<p>La hipomagnesemia refractaria se asocia frecuentemente a la administración prolongada de diuréticos tiazídicos " +
  "o de inhibidores de la bomba de protones. Su corrección intravenosa exige la monitorización continuada de la " +
  "concentración sérica, de la función renal y de la conducción auriculoventricular, particularmente en pacientes " +
  "con cardiopatía estructural preexistente.</p>";

describe("readabilityEs on rendered HTML", () => {
  it("scores a plain health paragraph at INFLESZ 65 or above", () => {
    const r = readabilityEs(plainHealth);
    // Counted by hand: 10 sentences, 59 words, 106 syllables.
    expect(r).toMatchObject({ sentences: 10, words: 59, syllables: 106 });
    // 206.835 − 62.3 × 106/59 − 59/10 = 89.006;  206.84 − 60 × 106/59 − 1.02 × 5.9 = 93.025
    expect(r).toMatchObject({ inflesz: 89, fernandezHuerta: 93, band: "muy fácil" });
    expect(r.inflesz).toBeGreaterThanOrEqual(minMedianInflesz);
  });

  it("scores a dense academic paragraph below INFLESZ 55", () => {
    const r = readabilityEs(denseAcademic);
    // Counted by hand: 2 sentences, 48 words, 132 syllables (au-ri-cu-lo-ven-tri-cu-lar alone has 8).
    expect(r).toMatchObject({ sentences: 2, words: 48, syllables: 132 });
    // 206.835 − 62.3 × 2.75 − 24 = 11.51;  206.84 − 60 × 2.75 − 1.02 × 24 = 17.36
    expect(r).toMatchObject({ inflesz: 11.5, fernandezHuerta: 17.4, band: "muy difícil" });
    expect(r.inflesz).toBeLessThan(minInflesz);
  });

  it("closes a sentence at ? and ! and does not count ¿ ¡ as words", () => {
    // le(1) due-le(2) lla-me(2) ya(1): 6 syllables, 4 words, 2 sentences.
    // 206.835 − 62.3 × 1.5 − 2 = 111.385;  206.84 − 90 − 2.04 = 114.8
    expect(readabilityEs("<p>¿Le duele? ¡Llame ya!</p>")).toMatchObject({
      sentences: 2,
      words: 4,
      syllables: 6,
      inflesz: 111.4,
      fernandezHuerta: 114.8,
    });
  });

  it("counts a number as one word of one syllable", () => {
    // to-me(2) 2,5(1) g(1) en(1) 400(1) ml(1)
    expect(readabilityEs("<p>Tome 2,5 g en 400 ml.</p>")).toMatchObject({ sentences: 1, words: 6, syllables: 7 });
  });

  it("counts a list item as a sentence and ignores headings, tables, reference marks and popovers", () => {
    const r = readabilityEs(
      `<h2>Una hipomagnesemia extraordinariamente complicada</h2><ul><li>Beba agua</li><li>Descanse</li></ul>` +
        `<table><tr><td>Concentración sérica plasmática</td></tr></table><p>Coma bien<sup class="cite"><a>[1]</a></sup>.` +
        `<span popover="auto">Definición terminológica incomprensible</span></p>`,
    );
    // be-ba a-gua des-can-se co-ma bien: 3 sentences, 5 words, 10 syllables.
    expect(r).toMatchObject({ sentences: 3, words: 5, syllables: 10 });
  });

  it("keeps a block whose only letters are accented (the old spelling «2 ó 3»)", () => {
    expect(proseBlocks("<ul><li>2 ó 3</li><li>400</li></ul>")).toEqual(["2 ó 3"]);
  });

  it("scores no text as 0", () => {
    expect(readabilityEs("<h1>Título</h1>")).toMatchObject({ words: 0, inflesz: 0, fernandezHuerta: 0 });
  });
});

describe("the Spanish reading-level gate", () => {
  it("has its thresholds in one place", () => {
    expect([minInflesz, minMedianInflesz]).toEqual([55, 65]);
  });

  it("passes pages at 55 or above with a median of 65 or above", () => {
    expect(
      infleszProblems([
        { slug: "a", inflesz: 55 },
        { slug: "b", inflesz: 65 },
        { slug: "c", inflesz: 80.2 },
      ]),
    ).toEqual([]);
  });

  it("names each page below 55, and a median below 65", () => {
    expect(
      infleszProblems([
        { slug: "magnesio", inflesz: 54.9 },
        { slug: "infusion", inflesz: 60 },
        { slug: "suero", inflesz: 62.5 },
      ]),
    ).toEqual(["magnesio: INFLESZ 54.9 is below 55", "median INFLESZ 60 is below 65"]);
  });

  it("fails the median alone when every page is above 55", () => {
    expect(
      infleszProblems([
        { slug: "a", inflesz: 58 },
        { slug: "b", inflesz: 64.9 },
      ]),
    ).toEqual(["median INFLESZ 61.45 is below 65"]);
  });

  it("fails the real dense paragraph and passes the plain one", () => {
    const report = [
      { slug: "plain", inflesz: readabilityEs(plainHealth).inflesz },
      { slug: "dense", inflesz: readabilityEs(denseAcademic).inflesz },
    ];
    expect(infleszProblems(report)).toEqual(["dense: INFLESZ 11.5 is below 55", "median INFLESZ 50.25 is below 65"]);
  });
});
