import { describe, expect, it } from 'vitest';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** takeSpeakerLines under a slot heading ("## Talk 1"), on a body written in Markdown. */
function underSlot(markdown: string) {
  const { speakers, title } = takeSpeakerLines(parseMarkdown(markdown).children, markdown, { slot: true });
  return { title, speakers: speakers.map((speaker) => speaker.name) };
}

describe('label lines under a slot heading, in several languages', () => {
  it('reads a German "Referent:" (and its feminine and plural forms) as the speaker label', () => {
    expect(underSlot('Thema: Ruhige Rufbereitschaft\n\nReferent: Jana Roth\n\n- weniger Alarme\n')).toEqual({
      title: 'Ruhige Rufbereitschaft',
      speakers: ['Jana Roth'],
    });
    expect(underSlot('Referentin: Eva Klein\n\nThema: Plattformteams\n\n- Teams\n').speakers).toEqual(['Eva Klein']);
    expect(underSlot('Referenten: Eva Klein, Hans Meier\n\n- Teams\n').speakers).toEqual(['Eva Klein', 'Hans Meier']);
  });

  it('takes the title and speaker from label lines in French, Spanish, Chinese and Korean', () => {
    expect(underSlot('**Sujet :** Astreintes sereines\n\n**Intervenant :** Jeanne Roux\n\nNotes.\n')).toEqual({
      title: 'Astreintes sereines',
      speakers: ['Jeanne Roux'],
    });
    expect(underSlot('Tema: Guardias tranquilas\n\nPonente: Juana Ruiz\n\n- menos alertas\n')).toEqual({
      title: 'Guardias tranquilas',
      speakers: ['Juana Ruiz'],
    });
    expect(underSlot('主题：构建平静的值班轮换\n\n讲师：王小明\n\n- 少一些告警\n')).toEqual({
      title: '构建平静的值班轮换',
      speakers: ['王小明'],
    });
    expect(underSlot('제목: 평온한 온콜 만들기\n\n발표자: 김영희\n\n- 알림\n')).toEqual({
      title: '평온한 온콜 만들기',
      speakers: ['김영희'],
    });
  });

  it('gives a title with no speaker when no speaker label is there', () => {
    expect(underSlot('__Topic__: Observability on a Budget\n\n- sampling\n')).toEqual({
      title: 'Observability on a Budget',
      speakers: [],
    });
  });

  it('does not read a word that only starts as the label does ("Referendum:") as one', () => {
    expect(underSlot('Referendum: Jana Roth\n\n- notes\n').speakers).toEqual([]);
  });
});
