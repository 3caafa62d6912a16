import { describe, expect, it } from 'vitest';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// Issue 13, class 5: a label line names the speaker in the notes' own language, beyond the corpus languages.

/** The speakers' names that takeSpeakerLines reads from a talk's body written in Markdown. */
function namesIn(markdown: string): string[] {
  return takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers.map((speaker) => speaker.name);
}

describe('speaker labels in Polish, Dutch, Turkish and Russian', () => {
  it('reads each label word as a bullet over the notes', () => {
    const cases: [string, string][] = [
      ['Prelegent', 'Jan Kowalski'],
      ['Prelegentka', 'Anna Nowak'],
      ['Prelegenci', 'Jan Kowalski, Anna Nowak'],
      ['Spreker', 'Jan de Vries'],
      ['Sprekers', 'Jan de Vries, Eva Bakker'],
      ['Konuşmacı', 'Ayşe Yılmaz'],
      ['Konuşmacılar', 'Ayşe Yılmaz, Mehmet Demir'],
      ['Докладчик', 'Иван Петров'],
      ['Докладчики', 'Иван Петров, Мария Иванова'],
      ['Спикер', 'Мария Иванова'],
      ['Спикеры', 'Мария Иванова, Иван Петров'],
      ['Redner', 'Hans Müller'],
      ['Rednerin', 'Eva Schmidt'],
    ];
    for (const [label, names] of cases) {
      const found = namesIn(`- ${label}: ${names}\n- first point\n`);
      expect(found.length, label).toBeGreaterThan(0);
      expect(found[0], label).toBe(names.split(',')[0]!.trim());
    }
  });

  it('reads them with a full-width colon, a dash, or in a paragraph line, in any case', () => {
    expect(namesIn('Prelegent：Jan Kowalski\n\nNotes follow.\n')).toEqual(['Jan Kowalski']);
    expect(namesIn('- SPREKER - Eva Bakker\n- point\n')).toEqual(['Eva Bakker']);
    expect(namesIn('докладчик: Иван Петров\n\nNotes follow.\n')).toEqual(['Иван Петров']);
    expect(namesIn('Konuşmacılar: Ayşe Yılmaz, Mehmet Demir\n\nNotlar.\n')).toEqual(['Ayşe Yılmaz', 'Mehmet Demir']);
  });

  it('reads no speaker from words that only start like a label', () => {
    expect(namesIn('- Sprekend: Jan de Vries\n- point\n')).toEqual([]);
    expect(namesIn('- Prelekcja: Jan Kowalski\n- point\n')).toEqual([]);
    expect(namesIn('- Спикерская: Иван Петров\n- point\n')).toEqual([]);
  });
});

describe('speaker labels in Vietnamese, Indonesian, Czech, Swedish, and Chinese "嘉宾"', () => {
  it('reads each label before the names, in a line or a bullet', () => {
    expect(namesIn('Diễn giả: Nguyễn Văn An\n\nGhi chú.\n')).toEqual(['Nguyễn Văn An']);
    expect(namesIn('- Pembicara: Budi Santoso\n- poin\n')).toEqual(['Budi Santoso']);
    expect(namesIn('Přednášející: Jan Novák\n\nPoznámky.\n')).toEqual(['Jan Novák']);
    expect(namesIn('Talare: Anna Berg\n\nAnteckningar.\n')).toEqual(['Anna Berg']);
    expect(namesIn('嘉宾：张克军\n\n笔记。\n')).toEqual(['张克军']);
    expect(namesIn('分享嘉宾：张克军\n\n笔记。\n')).toEqual(['张克军']);
    expect(namesIn('嘉賓：陳映平\n\n筆記。\n')).toEqual(['陳映平']);
  });

  it('reads no speaker from a word that only starts like one', () => {
    expect(namesIn('Talaren: Anna Berg\n\nAnteckningar.\n')).toEqual([]);
  });
});
