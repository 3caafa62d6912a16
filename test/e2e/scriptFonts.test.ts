import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingScriptFonts } from '../../src/export/scriptFonts.js';
import { runCli, tempDir } from '../support/cli.js';

/**
 * A stand-in `fc-list` first on PATH: it logs each question and knows fonts for every language but
 * Korean and Thai, as a machine without a Korean font (corpus 82, 113, 118 printed Hangul as boxes).
 */
async function fakeFontconfig(dir: string): Promise<{ env: NodeJS.ProcessEnv; asked: () => Promise<string[]> }> {
  const log = join(dir, 'asked.log');
  const script = [
    '#!/bin/sh',
    `echo "$1" >> '${log}'`,
    'case "$1" in',
    '  :lang=ko|:lang=th) ;;',
    '  *) echo "Some Sans" ;;',
    'esac',
    '',
  ].join('\n');
  await writeFile(join(dir, 'fc-list'), script);
  await chmod(join(dir, 'fc-list'), 0o755);
  await writeFile(log, '');
  return {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
    asked: async () => (await readFile(log, 'utf8')).split('\n').filter(Boolean),
  };
}

const KOREAN_NOTES =
  '# 컨퍼런스 2030\n\n## 첫째 날\n\n### 코루틴 입문 - 홍길동\n\n- 내용 하나\n\n### Другой доклад\n\n- второй пункт\n';

describe('a script no installed font draws: one warning, naming the package', () => {
  it('warns once for Hangul (not for Cyrillic, which a font covers) when HTML is made, asking fontconfig once a language', async () => {
    const dir = await tempDir();
    const fonts = await fakeFontconfig(dir);
    const notes = join(dir, 'notes.md');
    await writeFile(notes, KOREAN_NOTES);
    const result = await runCli(['build', notes, '-o', join(dir, 'out'), '--format', 'md,html'], { env: fonts.env });
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.includes('glyphs'));
    expect(warnings).toEqual([
      `warning: ${notes}: No installed font has Hangul glyphs: the PDF, PPTX and HTML show boxes for them; install one (Debian, Ubuntu: \`apt install fonts-noto-cjk\`)`,
    ]);
    expect((await fonts.asked()).sort()).toEqual([':lang=ko', ':lang=ru']);
  });

  it('asks nothing and says nothing when only Markdown is made', async () => {
    const dir = await tempDir();
    const fonts = await fakeFontconfig(dir);
    const notes = join(dir, 'notes.md');
    await writeFile(notes, KOREAN_NOTES);
    const result = await runCli(['build', notes, '-o', join(dir, 'out'), '--format', 'md'], { env: fonts.env });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('glyphs');
    expect(await fonts.asked()).toEqual([]);
  });
});

describe('missingScriptFonts', () => {
  const lister = (missing: string[]) => async (lang: string) => (missing.includes(lang) ? [] : ['Some Sans']);

  it('names each script without a font, and its package', async () => {
    const text = 'สวัสดี and 안녕 and שלום and नमस्ते and مرحبا and Γειά and こんにちは and 你好';
    const warnings = await missingScriptFonts(
      text,
      'n.md',
      lister(['th', 'he', 'hi', 'ar', 'el', 'ja', 'zh-cn', 'zh-tw']),
    );
    expect(warnings.map((warning) => warning.message.split(':')[0])).toEqual([
      'No installed font has Kana glyphs',
      'No installed font has Han glyphs',
      'No installed font has Thai glyphs',
      'No installed font has Arabic glyphs',
      'No installed font has Devanagari glyphs',
      'No installed font has Hebrew glyphs',
      'No installed font has Greek glyphs',
    ]);
    expect(warnings[2]!.message).toContain('`apt install fonts-thai-tlwg`');
  });

  it('takes a font fontconfig counts for Japanese or traditional Chinese as drawing Han', async () => {
    const han = async (missing: string[]) =>
      (await missingScriptFonts('你好 and 漢字', 'n.md', lister(missing))).map(
        (warning) => warning.message.split(':')[0],
      );
    expect(await han(['zh-cn'])).toEqual([]);
    expect(await han(['zh-cn', 'ja'])).toEqual([]);
    expect(await han(['zh-cn', 'zh-tw'])).toEqual([]);
    expect(await han(['zh-tw', 'ja'])).toEqual([]);
    expect(await han(['zh-cn', 'zh-tw', 'ja'])).toEqual(['No installed font has Han glyphs']);
  });

  it('says nothing for Latin text, nor when fontconfig cannot be asked', async () => {
    expect(await missingScriptFonts('Plain notes, café', 'n.md', lister(['ko']))).toEqual([]);
    expect(await missingScriptFonts('안녕', 'n.md', async () => null)).toEqual([]);
  });
});
