import { execFile } from 'node:child_process';
import type { Warning } from '../model/types.js';

/** A writing system the notes may use, the fontconfig languages that stand for it (any one will do), and a Debian package that covers it. */
interface Script {
  name: string;
  pattern: RegExp;
  langs: string[];
  font: string;
}

const SCRIPTS: Script[] = [
  { name: 'Hangul', pattern: /\p{Script=Hangul}/u, langs: ['ko'], font: 'fonts-noto-cjk' },
  { name: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, langs: ['ja'], font: 'fonts-noto-cjk' },
  // A font fontconfig counts for Japanese or traditional Chinese draws Han too (Droid Sans Fallback is not
  // counted for zh-cn, yet it draws the Han of Chinese and Japanese notes alike: corpus 126, 130).
  { name: 'Han', pattern: /\p{Script=Han}/u, langs: ['zh-cn', 'zh-tw', 'ja'], font: 'fonts-noto-cjk' },
  { name: 'Thai', pattern: /\p{Script=Thai}/u, langs: ['th'], font: 'fonts-thai-tlwg' },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u, langs: ['ar'], font: 'fonts-noto-core' },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u, langs: ['hi'], font: 'fonts-noto-core' },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u, langs: ['he'], font: 'fonts-noto-core' },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u, langs: ['ru'], font: 'fonts-dejavu-core' },
  { name: 'Greek', pattern: /\p{Script=Greek}/u, langs: ['el'], font: 'fonts-dejavu-core' },
];

/** Font families fontconfig has for a language (`fc-list :lang=ko family`); null when fontconfig cannot be asked. */
export type FontLister = (lang: string) => Promise<string[] | null>;

const asked = new Map<string, Promise<string[] | null>>();

/**
 * Asks the `fc-list` on PATH, once a language per run (a watch run builds often; installed fonts stay put).
 * No fontconfig (another OS, a slim image) answers null: no warning can be given then.
 */
export const fcList: FontLister = (lang) => {
  let answer = asked.get(lang);
  if (!answer) {
    answer = new Promise((resolve) => {
      execFile('fc-list', [`:lang=${lang}`, 'family'], { timeout: 10_000 }, (error, stdout) =>
        resolve(error ? null : stdout.split('\n').filter((line) => line.trim() !== '')),
      );
    });
    asked.set(lang, answer);
  }
  return answer;
};

/**
 * One warning per script the decks' text uses that no installed font draws (Chromium then prints
 * boxes: corpus 82, 113 and 118 on a machine without a Korean font), naming the package to install.
 * `text` is the decks' Markdown; `file` is the notes file the warning names.
 */
export async function missingScriptFonts(
  text: string,
  file: string,
  listFonts: FontLister = fcList,
): Promise<Warning[]> {
  const used = SCRIPTS.filter((script) => script.pattern.test(text));
  const warnings: Warning[] = [];
  for (const script of used) {
    const answers = await Promise.all(script.langs.map(listFonts));
    // No fontconfig to ask, or a font for one of the languages: no warning.
    if (answers.some((families) => families === null || families.length > 0)) continue;
    warnings.push({
      file,
      line: null,
      message: `No installed font has ${script.name} glyphs: the PDF, PPTX and HTML show boxes for them; install one (Debian, Ubuntu: \`apt install ${script.font}\`)`,
    });
  }
  return warnings;
}
