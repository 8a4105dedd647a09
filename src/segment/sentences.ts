/**
 * Sentence splitting over the tokens of the prose paragraphs. Rules, not a
 * model (measured against wink-nlp and compromise on the dev articles, see
 * README): a sentence ends at . ! ? (with any closing quotes or brackets that
 * follow) when the next token can start a sentence. Abbreviations and initials
 * were already glued to their period by the tokenizer; "U.S." ends a sentence
 * only before a typical sentence opener. A paragraph break inside a sentence
 * (a line that ends without punctuation and a next one in lower case) is
 * joined, as in the seed article.
 */
import type { Paragraph, Sentence, Token } from '../doc.js';
import { tokenize } from './tokens.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
// Terminals, closers and openers are single characters: the length test spares a hash of every word.
const isTerminal = (text: string) => text.length === 1 && TERMINAL.has(text);
const isCloser = (text: string) => text.length === 1 && CLOSERS.has(text);
const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']', '\u00BB']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB']);
// Dotted abbreviations that are often the last word of a sentence.
const COUNTRY_ABBREVIATIONS = /^(?:\p{Lu}\.){2,}$/u;

export interface SegmentWords {
  abbreviations: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
}

const isUpperStart = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

function canStart(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && tokens[j].text.length === 1 && OPENERS.has(tokens[j].text)) j++;
  return j >= tokens.length || isUpperStart(tokens[j]) || j > i;
}

export function splitSentences(text: string, paragraphs: readonly Paragraph[], words: SegmentWords): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = -1;
  const close = (endToken: number) => {
    if (sentenceStart >= 0 && endToken > sentenceStart) {
      sentences.push({ start: sentenceStart, end: endToken, charStart: tokens[sentenceStart].start, charEnd: tokens[endToken - 1].end });
    }
    sentenceStart = -1;
  };
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body' && paragraph.kind !== 'caption') continue;
    const paragraphTokens = tokenize(text, paragraph.start, paragraph.end, words.abbreviations);
    if (!paragraphTokens.length) continue;
    // Join across a paragraph break that cuts a sentence: no final punctuation before, lower case after.
    const last = tokens[tokens.length - 1];
    const continues = sentenceStart >= 0 && last && !isTerminal(last.text) && !isCloser(last.text) && /^\p{Ll}/u.test(paragraphTokens[0].text);
    if (!continues) close(tokens.length);
    const offset = tokens.length;
    for (const t of paragraphTokens) tokens.push(t);
    for (let i = offset; i < tokens.length; i++) {
      if (sentenceStart < 0) sentenceStart = i;
      const t = tokens[i];
      let boundary = -1;
      if (isTerminal(t.text)) {
        let j = i + 1;
        while (j < tokens.length && (isTerminal(tokens[j].text) || isCloser(tokens[j].text)) && tokens[j].start === tokens[j - 1].end) j++;
        if (j >= tokens.length || canStart(tokens, j)) boundary = j;
      } else if (t.text.length >= 4 && t.text.charCodeAt(t.text.length - 1) === 46 /* . */ && COUNTRY_ABBREVIATIONS.test(t.text) && i + 1 < tokens.length) {
        // "… to the U.S. The talks …": the abbreviation's period also ends the sentence.
        const next = tokens[i + 1];
        if (words.sentenceStarters.has(next.lower) && isUpperStart(next)) boundary = i + 1;
      }
      if (boundary > 0) {
        close(boundary);
        i = boundary - 1;
      }
    }
    // A paragraph's end closes its sentence unless the next paragraph continues it (decided above).
  }
  close(tokens.length);
  return { tokens, sentences };
}
