/**
 * A deterministic corpus of varied diplomatic articles, generated from
 * templates and name lists with a fixed seed: the benchmark's input. Every
 * article has a title, a date, a caption, prose with quotes, titles and the
 * cue words the parser reads, and a URL section, as in seeds/.
 */

/** mulberry32: small, fast, deterministic. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ['Russia', 'Russian', 'Moscow'], ['United States', 'U.S.', 'Washington'], ['China', 'Chinese', 'Beijing'], ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['Turkey', 'Turkish', 'Ankara'], ['Iran', 'Iranian', 'Tehran'],
  ['Japan', 'Japanese', 'Tokyo'], ['India', 'Indian', 'New Delhi'], ['Brazil', 'Brazilian', 'Brasilia'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Israel', 'Israeli', 'Jerusalem'], ['Saudi Arabia', 'Saudi', 'Riyadh'], ['Poland', 'Polish', 'Warsaw'], ['Sweden', 'Swedish', 'Stockholm'],
  ['South Korea', 'South Korean', 'Seoul'], ['North Korea', 'North Korean', 'Pyongyang'], ['Mexico', 'Mexican', 'Mexico City'], ['Nigeria', 'Nigerian', 'Abuja'],
];
const GIVEN = ['Anna', 'Sergei', 'Maria', 'Ahmed', 'Li', 'Jean', 'Olga', 'Carlos', 'Fatima', 'Kenji', 'Ingrid', 'Tomasz', 'Aylin', 'Rahul', 'Chen', 'Lucia', 'Omar', 'Hana', 'Pierre', 'Yusuf'];
const FAMILY = ['Petrov', 'Novak', 'Haddad', 'Wang', 'Dubois', 'Kowalski', 'Yilmaz', 'Sharma', 'Okafor', 'Tanaka', 'Lindqvist', 'Moreno', 'Rahimi', 'Park', 'Schmidt', 'Ivanova', 'Costa', 'Mendez', 'Barzani', 'Nakamura'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defense Minister', 'Ambassador', 'Trade Minister', 'Foreign Ministry spokesman', 'Deputy Foreign Minister'];
const BODIES = ['Foreign Ministry', 'Defense Ministry', 'Embassy'];
const ORGS = ['NATO', 'the European Union', 'the United Nations', 'the IAEA', 'ECOWAS', 'the African Union', 'the G7', 'ASEAN'];
const TOPICS = ['the ceasefire', 'the grain corridor', 'the nuclear programme', 'border security', 'energy supplies', 'the trade deal', 'the sanctions regime', 'the peace plan', 'maritime claims', 'the prisoner exchange'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function generateArticle(rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const people = Array.from({ length: 4 }, () => {
    const c = pick(COUNTRIES);
    return { name: `${pick(GIVEN)} ${pick(FAMILY)}`, title: pick(TITLES), country: c };
  });
  const [p1, p2, p3, p4] = people;
  const c1 = p1.country, c2 = p2.country, c3 = pick(COUNTRIES);
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const surname = (p) => p.name.split(' ')[1];
  const day = pick(DAYS);
  const year = 2019 + Math.floor(rand() * 6);
  const month = Math.floor(rand() * 12);
  const date = `${MONTHS[month]} ${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}, ${year}`;
  const sentences = [
    `${c1[1]} ${p1.title} ${p1.name} said on ${day} that ${c2[0]} had ignored repeated warnings about ${topic}.`,
    `"We will not accept any ultimatum from ${c2[2]}," ${surname(p1)} told reporters in ${c1[2]}.`,
    `${c2[0]}'s ${pick(BODIES)} rejected the accusation and accused ${c1[2]} of escalating tensions.`,
    `${p2.name}, ${c2[0]}'s ${p2.title.toLowerCase()}, held talks with ${p3.name} of ${c3[0]} last week.`,
    `${org} urged both sides to return to negotiations, according to a statement.`,
    `${c3[0]} and ${org} called for ${c1[0]} to withdraw its troops, while ${c2[0]} demanded that ${c3[2]} stop its military drills.`,
    `${surname(p2)} said ${c2[0]} would not threaten ${c3[0]}, but warned that ${c1[2]} would face consequences.`,
    `The ${c1[1]} president accused ${c2[0]} and ${org} of undermining ${topic}.`,
    `${p4.country[1]} ${p4.title} ${p4.name} met ${surname(p1)} in ${pick(COUNTRIES)[2]} and praised ${c3[0]} for its mediation.`,
    `${c2[0]} imposed sanctions on ${c1[0]} after the talks collapsed, and ${c1[2]} expelled two ${c2[1]} diplomats in response.`,
    `Analysts said the dispute over ${topic} could drag on for months, with ${c3[0]} and ${p4.country[0]} trying to mediate.`,
  ];
  // Vary length and order so articles differ in shape, not only in names.
  // Shuffled, each sentence once, capitalised: the order and the length change from article to article.
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
  }
  const used = sentences.slice(0, 6 + Math.floor(rand() * (sentences.length - 5))).map((x) => x[0].toUpperCase() + x.slice(1));
  const body = [];
  for (let i = 0; i < used.length; i += 3) body.push(used.slice(i, i + 3).join(' '));
  const slug = `${c1[0]}-${c2[0]}-${topic}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: `gen-${String(index).padStart(6, '0')}`,
    text: `## ${c1[0]} and ${c2[0]} Clash Over ${topic.replace(/^the /, '').replace(/\b\w/g, (x) => x.toUpperCase())}\n\n${date}\n\n${p1.name} in ${c1[2]}. Illustrative photo (example.org)\n\n${body.join('\n\n')}\n\n## Original url:\n\nhttps://example.org/${year}/${slug}-${index}\n`,
  };
}

/** Articles until `bytes` of text, deterministic for a seed. */
export function generateCorpus({ bytes = 20 * 1024 * 1024, seed = 20220201 } = {}) {
  const rand = random(seed);
  const articles = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const article = generateArticle(rand, i);
    total += Buffer.byteLength(article.text);
    articles.push(article);
  }
  return { articles, bytes: total };
}
